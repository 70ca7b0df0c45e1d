using System.Globalization;
using System.Text.Json;
using Chronicle.Ingestion;
using Chronicle.Output;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Chronicle.Web.Endpoints;

/// <summary><c>/api/articles/{id}</c> (a stored article with all its annotations) and <c>POST /api/analyze</c>.</summary>
internal static class ArticleEndpoints
{
    private const int MaxIdLength = 300;

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Articles");

        // Catch-all: ids may hold slashes ("wikinews/Some_title"); an encoded slash reaches routing as %2F.
        group.MapGet("/articles/{**id}", async (StorePool pool, string id, CancellationToken cancellationToken) =>
        {
            id = id.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
            if (id.Length > MaxIdLength)
            {
                throw new ApiInputException("id", $"id is {id.Length} characters long; article ids have at most {MaxIdLength}.");
            }

            var article = await pool.Use(store => store.FindArticle(id), cancellationToken);
            return article is null
                ? Results.NotFound(new ApiError($"No article has id '{id}'.", "id"))
                : Results.Text(ArticleJson.ToJsonLine(article), "application/json");
        })
            .WithName("Article")
            .WithSummary("One stored article record (shared/spec/article-json.md): body, sentences, entities, quotes, events, dates.")
            .Produces<Article>()
            .Produces<ApiError>(StatusCodes.Status404NotFound);

        group.MapPost("/analyze", async (HttpRequest request, AnalyzerService analyzer, IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
        {
            var input = await ReadInput(request, json.Value.SerializerOptions, cancellationToken);
            var article = await analyzer.Analyze(input, cancellationToken);
            return Results.Text(ArticleJson.ToJsonLine(article), "application/json");
        })
            .WithName("Analyze")
            .WithSummary("Runs the pipeline on an article and returns its record without storing it. Body: JSON {text|html, title, published, source}, or text/plain, or text/html.")
            .Accepts<AnalyzeRequest>("application/json", "text/plain", "text/html")
            .Produces<Article>()
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status413PayloadTooLarge)
            .Produces<ApiError>(StatusCodes.Status415UnsupportedMediaType);
    }

    private static async Task<ArticleInput> ReadInput(HttpRequest request, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is "text/plain" or "text/html")
        {
            using var reader = new StreamReader(request.Body);
            var raw = await reader.ReadToEndAsync(cancellationToken);
            return Input(new AnalyzeRequest { Text = mediaType == "text/plain" ? raw : null, Html = mediaType == "text/html" ? raw : null });
        }

        if (mediaType is not "application/json")
        {
            throw new UnsupportedMediaException($"Content-Type '{request.ContentType}' is not accepted: send application/json, text/plain or text/html.");
        }

        AnalyzeRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<AnalyzeRequest>(request.Body, options, cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new ApiInputException("body", $"The body is not a JSON analyse request: {ex.Message}");
        }

        return Input(body ?? throw new ApiInputException("body", "The body is null, not a JSON analyse request."));
    }

    private static ArticleInput Input(AnalyzeRequest body)
    {
        if (string.IsNullOrWhiteSpace(body.Text) == string.IsNullOrWhiteSpace(body.Html))
        {
            throw new ApiInputException("text", "Send exactly one of text and html, not empty.");
        }

        var published = Validate.Date("published", body.Published);
        var (text, title) = string.IsNullOrWhiteSpace(body.Text) ? HtmlText.Extract(body.Html!) : (body.Text, null);
        return new ArticleInput(
            "POST /api/analyze",
            Title: body.Title ?? title,
            Published: published is null ? null : DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Source: body.Source,
            Text: text,
            Html: string.IsNullOrWhiteSpace(body.Html) ? null : body.Html);
    }
}
