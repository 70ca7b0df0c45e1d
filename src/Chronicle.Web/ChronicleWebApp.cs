using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Json;
using Chronicle.Ingestion;
using Chronicle.Store;
using Chronicle.Web.Endpoints;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Chronicle.Web;

/// <summary>
/// The Chronicle web server: JSON API over the store under <c>/api</c>, the OpenAPI description at
/// <c>/openapi/v1.json</c>, and the web UI's static files at <c>/</c>.
/// </summary>
public static class ChronicleWebApp
{
    /// <summary>Builds the application; the caller runs it (<c>RunAsync</c>) or starts it (<c>StartAsync</c>).</summary>
    /// <exception cref="StoreException">The store cannot be opened.</exception>
    public static WebApplication Build(WebOptions options, Action<ILoggingBuilder>? logging = null)
    {
        var webRoot = options.WebRoot ?? Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        if (logging is not null)
        {
            logging(builder.Logging);
        }

        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        builder.Services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = options.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
        });
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Chronicle API";
            document.Info.Description = "Events, stories, quotes, actors and dyads read from the news, with evidence; and the pipeline on posted articles.";
            return Task.CompletedTask;
        }));
        builder.Services.AddSingleton(new StorePool(options.Database, options.StoreConnections));
        builder.Services.AddSingleton(new AnalyzerService(options.ModelDirectory));

        var app = builder.Build();
        app.Use(HandleErrors);
        app.UseRequestTimeouts();
        var files = new PhysicalFileProvider(webRoot);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.MapOpenApi();
        StatusEndpoints.Map(app);
        EventEndpoints.Map(app);
        QuoteEndpoints.Map(app);
        ActorEndpoints.Map(app);
        DyadEndpoints.Map(app);
        SearchEndpoints.Map(app);
        ArticleEndpoints.Map(app);
        // GET only: a POST with the wrong media type must reach the content-type check (415), not this.
        app.MapGet("/api/{**rest}", (string rest) => Results.NotFound(new ApiError($"No API endpoint /api/{rest}."))).ExcludeFromDescription();
        return app;
    }

    // Bad input becomes a 4xx with a JSON message; the server goes on serving.
    private static async Task HandleErrors(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (ApiInputException ex)
        {
            await Fail(context, StatusCodes.Status400BadRequest, new ApiError(ex.Message, ex.Parameter));
        }
        catch (InputException ex)
        {
            await Fail(context, StatusCodes.Status400BadRequest, new ApiError(ex.Message));
        }
        catch (UnsupportedMediaException ex)
        {
            await Fail(context, StatusCodes.Status415UnsupportedMediaType, new ApiError(ex.Message));
        }
        catch (BadHttpRequestException ex)
        {
            await Fail(context, ex.StatusCode, new ApiError(ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? "The request body is larger than the server accepts."
                : ex.Message));
        }
        catch (Exception ex) when (ex is StoreException or DbException)
        {
            await Fail(context, StatusCodes.Status503ServiceUnavailable, new ApiError($"The store cannot answer: {ex.Message}"));
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The request timed out (the timeout middleware answers 503) or the client went away.
            await Fail(context, StatusCodes.Status503ServiceUnavailable, new ApiError("The request took too long and was cancelled."));
        }
    }

    private static async Task Fail(HttpContext context, int status, ApiError error)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.Clear();
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(error, context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions);
    }
}
