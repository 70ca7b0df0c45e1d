using Chronicle.Store.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chronicle.Web.Endpoints;

/// <summary><c>/api/events</c>, <c>/api/stories</c> and <c>/api/stories/{id}/evidence</c>: what <c>chronicle query events|stories|evidence</c> answers.</summary>
internal static class EventEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Events and stories");

        group.MapGet("/events", async Task<Ok<IReadOnlyList<StoredEvent>>> (
            StorePool pool, string? source, string? target, string? type, string? modality, string? from, string? to,
            string? place, string? text, int? limit, CancellationToken cancellationToken) =>
        {
            var filter = Validate.EventFilter(source, target, type, modality, from, to, place, text, limit);
            return TypedResults.Ok(await pool.Use(store => store.Events(filter), cancellationToken));
        })
            .WithName("Events")
            .WithSummary("Events by source, target (actor code or three-letter country), PLOVER type, modality, dates, place, evidence words; newest first.")
            .Produces<ApiError>(StatusCodes.Status400BadRequest);

        group.MapGet("/stories", async Task<Ok<IReadOnlyList<Story>>> (
            StorePool pool, string? source, string? target, string? type, string? modality, string? from, string? to,
            string? place, string? text, int? limit, CancellationToken cancellationToken) =>
        {
            var filter = Validate.EventFilter(source, target, type, modality, from, to, place, text, limit);
            return TypedResults.Ok(await pool.Use(store => store.Stories(filter), cancellationToken));
        })
            .WithName("Stories")
            .WithSummary("Stories (reports of one event merged across articles) with the same filters as /api/events.")
            .Produces<ApiError>(StatusCodes.Status400BadRequest);

        group.MapGet("/stories/{id:long}/evidence", async Task<Results<Ok<IReadOnlyList<StoredEvent>>, NotFound<ApiError>>> (
            StorePool pool, long id, CancellationToken cancellationToken) =>
        {
            var reports = await pool.Use(store => store.StoryEvidence(id), cancellationToken);
            return reports.Count == 0
                ? TypedResults.NotFound(new ApiError($"No story has id {id}.", "id"))
                : TypedResults.Ok(reports);
        })
            .WithName("StoryEvidence")
            .WithSummary("Every report merged into one story, earliest first: article, source and evidence sentence.");
    }
}
