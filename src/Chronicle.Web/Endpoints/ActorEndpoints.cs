using Chronicle.Store.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chronicle.Web.Endpoints;

/// <summary><c>/api/actors</c> (what <c>chronicle query actors</c> answers) and one actor's profile.</summary>
internal static class ActorEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/actors").WithTags("Actors");

        group.MapGet("/", async Task<Ok<IReadOnlyList<ActorActivity>>> (
            StorePool pool, int? limit, string? from, string? to, CancellationToken cancellationToken) =>
        {
            var count = Validate.Limit(limit, 20);
            var first = Validate.Date("from", from);
            var last = Validate.Date("to", to);
            Validate.Range(first, last);
            return TypedResults.Ok(await pool.Use(store => store.Actors(count, first, last), cancellationToken));
        })
            .WithName("Actors")
            .WithSummary("The most active actors (as source or target), with their events by PLOVER type.")
            .Produces<ApiError>(StatusCodes.Status400BadRequest);

        group.MapGet("/{code}", async Task<Results<Ok<ActorProfile>, NotFound<ApiError>>> (StorePool pool, string code, CancellationToken cancellationToken) =>
        {
            var actor = Validate.Actor("code", code)!;
            var profile = await pool.Use(store => ActorProfiles.Build(store, actor), cancellationToken);
            return profile.AsSource + profile.AsTarget == 0
                ? TypedResults.NotFound(new ApiError($"No stored event has actor {actor}.", "code"))
                : TypedResults.Ok(profile);
        })
            .WithName("Actor")
            .WithSummary("One actor: names and aliases, roles, events by type, top partners, latest events and quotes.")
            .Produces<ApiError>(StatusCodes.Status400BadRequest);
    }
}
