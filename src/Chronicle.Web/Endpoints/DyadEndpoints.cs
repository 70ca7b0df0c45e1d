using Chronicle.Store.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chronicle.Web.Endpoints;

/// <summary><c>/api/dyads/{first}/{second}</c>: what <c>chronicle query dyads</c> answers.</summary>
internal static class DyadEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/dyads/{first}/{second}", async Task<Ok<IReadOnlyList<DyadBucket>>> (
            StorePool pool, string first, string second, string? by, bool? directed, bool? all, string? from, string? to,
            CancellationToken cancellationToken) =>
        {
            var query = new DyadQuery
            {
                First = Validate.Country("first", first),
                Second = Validate.Country("second", second),
                Bucket = Validate.Bucket(by),
                Directed = directed ?? false,
                AssertedOnly = !(all ?? false),
                From = Validate.Date("from", from),
                To = Validate.Date("to", to),
            };
            Validate.Range(query.From, query.To);
            return TypedResults.Ok(await pool.Use(store => store.Dyad(query), cancellationToken));
        })
            .WithTags("Dyads")
            .WithName("Dyad")
            .WithSummary("Events between two countries by day, week or month: counts by quad class and Goldstein score (cooperation positive, conflict negative).")
            .Produces<ApiError>(StatusCodes.Status400BadRequest);
    }
}
