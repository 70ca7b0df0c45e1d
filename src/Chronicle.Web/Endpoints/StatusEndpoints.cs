using Chronicle.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chronicle.Web.Endpoints;

/// <summary><c>/api/status</c>: which store is served and how much it holds.</summary>
internal static class StatusEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/status", async Task<Ok<StoreStatus>> (StorePool pool, CancellationToken cancellationToken) =>
            TypedResults.Ok(await pool.Use(store => new StoreStatus(store.Name, store.SchemaVersion, store.Counts()), cancellationToken)))
            .WithTags("Status")
            .WithName("Status")
            .WithSummary("The store served, its schema version and its counts of articles, events, stories and quotes.");
    }
}
