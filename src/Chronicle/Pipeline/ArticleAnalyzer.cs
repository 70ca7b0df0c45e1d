using Chronicle.Cleaning;
using Chronicle.Documents;
using Chronicle.Ingestion;
using Chronicle.Ingestion.Html;
using Chronicle.Output;

namespace Chronicle.Pipeline;

/// <summary>
/// Reads one article end to end: extracts the main text of HTML inputs, cleans the text into a body, builds the
/// <see cref="Document"/>, runs the NLP pipeline and projects the article record. Stateless and thread-safe.
/// </summary>
public sealed class ArticleAnalyzer
{
    private readonly TextCleaner _cleaner;
    private readonly HtmlArticleExtractor _html;

    public ArticleAnalyzer(NlpPipeline pipeline, TextCleaner cleaner, HtmlArticleExtractor? html = null)
    {
        Pipeline = pipeline;
        _cleaner = cleaner;
        _html = html ?? new HtmlArticleExtractor();
    }

    public NlpPipeline Pipeline { get; }

    /// <exception cref="InputException">The input has no text, or cannot be read as an article.</exception>
    public Document Read(ArticleInput input, long[]? timings = null, CancellationToken cancellationToken = default)
    {
        var document = Prepare(input);
        Pipeline.Process(document, timings, cancellationToken);
        return document;
    }

    /// <summary>The cleaned document before any pipeline component has run: HTML extraction, cleaning, metadata.</summary>
    /// <exception cref="InputException">The input has no text, or cannot be read as an article.</exception>
    public Document Prepare(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var title = input.Title;
        var published = input.Published;
        var notes = new List<string>();
        string raw;
        if (input.Text is { } text)
        {
            raw = text;
        }
        else if (input.Html is { } html)
        {
            var page = _html.Extract(html, input.Origin);
            raw = page.Text;
            title ??= page.Title;
            published ??= page.Published;
            if (page.UsedFallback)
            {
                notes.Add("the readability pass found no article in the HTML page, or too little of it; the page's main content container was used.");
            }
        }
        else
        {
            throw new InputException(input.Origin, "the record has no text.");
        }

        var cleaned = _cleaner.Clean(raw, title);
        if (cleaned.Body.Length == 0)
        {
            throw new InputException(input.Origin, "no article text is left after cleaning (the input is empty or only boilerplate).");
        }

        var metadata = new ArticleMetadata(
            input.Id ?? ArticleIds.FromText(cleaned.Body),
            cleaned.Title,
            published,
            input.Source,
            cleaned.Dateline);
        var document = new Document(cleaned.Body, metadata, cleaned.Paragraphs);
        foreach (var note in notes.Concat(cleaned.Notes))
        {
            document.AddNote(note);
        }

        return document;
    }

    public Article Analyze(ArticleInput input, CancellationToken cancellationToken = default) =>
        ArticleProjector.Project(Read(input, timings: null, cancellationToken));
}
