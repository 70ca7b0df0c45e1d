using Chronicle.Store.Queries;

namespace Chronicle.Web;

/// <summary>The answer of <c>/api/search</c>: matching articles and matching quotes, best or newest first.</summary>
public sealed record SearchResult(IReadOnlyList<SearchHit> Articles, IReadOnlyList<StoredQuote> Quotes);
