using Chronicle.Store;

namespace Chronicle.Web;

/// <summary>The answer of <c>/api/status</c>.</summary>
public sealed record StoreStatus(string Store, int SchemaVersion, StoreCounts Counts);
