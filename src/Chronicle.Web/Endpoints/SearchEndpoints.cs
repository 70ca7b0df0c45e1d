using Chronicle.Store.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chronicle.Web.Endpoints;

/// <summary><c>/api/search</c>: full-text search over articles (as <c>chronicle query search</c>) and quotes.</summary>
internal static class SearchEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", async Task<Ok<SearchResult>> (StorePool pool, string? q, int? limit, CancellationToken cancellationToken) =>
        {
            var words = Validate.Text("q", q, ApiLimits.MaxSearchLength) ?? throw new ApiInputException("q", "q is required: the words to search for.");
            var count = Validate.Limit(limit, 20);
            var result = await pool.Use(
                store => new SearchResult(store.Search(words, count), store.Quotes(new QuoteFilter { Text = words, Limit = count })),
                cancellationToken);
            return TypedResults.Ok(result);
        })
            .WithTags("Search")
            .WithName("Search")
            .WithSummary("Full-text search over article titles and bodies (matched words [bracketed] in snippets) and over quotes.")
            .Produces<ApiError>(StatusCodes.Status400BadRequest);
    }
}
