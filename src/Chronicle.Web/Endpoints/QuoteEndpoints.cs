using Chronicle.Store.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chronicle.Web.Endpoints;

/// <summary><c>/api/quotes</c>: what <c>chronicle query quotes</c> answers.</summary>
internal static class QuoteEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/quotes", async Task<Ok<IReadOnlyList<StoredQuote>>> (
            StorePool pool, string? speaker, string? mentions, string? text, int? limit, CancellationToken cancellationToken) =>
        {
            var filter = new QuoteFilter
            {
                Speaker = Validate.Text("speaker", speaker),
                Mentions = Validate.Text("mentions", mentions),
                Text = Validate.Text("text", text, ApiLimits.MaxSearchLength),
                Limit = Validate.Limit(limit, 50),
            };
            return TypedResults.Ok(await pool.Use(store => store.Quotes(filter), cancellationToken));
        })
            .WithTags("Quotes")
            .WithName("Quotes")
            .WithSummary("Quotes by part of the speaker's name, an entity the quote names (name or alias) and words (full-text); newest first.")
            .Produces<ApiError>(StatusCodes.Status400BadRequest);
    }
}
