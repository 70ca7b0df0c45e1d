using Chronicle.Cleaning;
using Chronicle.Documents;
using Chronicle.Ingestion;
using Chronicle.Output;

namespace Chronicle.Pipeline;

/// <summary>
/// Reads one article end to end: cleans the input into a body, builds the <see cref="Document"/>,
/// runs the NLP pipeline and projects the article record. Stateless and thread-safe.
/// </summary>
public sealed class ArticleAnalyzer
{
    private readonly TextCleaner _cleaner;

    public ArticleAnalyzer(NlpPipeline pipeline, TextCleaner cleaner)
    {
        Pipeline = pipeline;
        _cleaner = cleaner;
    }

    public NlpPipeline Pipeline { get; }

    /// <exception cref="InputException">The input has no text, or cannot be read as an article.</exception>
    public Document Read(ArticleInput input, long[]? timings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var raw = input.Text ?? throw new InputException(input.Origin, "the record has no text.");
        var cleaned = _cleaner.Clean(raw, input.Title);
        if (cleaned.Body.Length == 0)
        {
            throw new InputException(input.Origin, "no article text is left after cleaning (the input is empty or only boilerplate).");
        }

        var metadata = new ArticleMetadata(
            input.Id ?? ArticleIds.FromText(cleaned.Body),
            cleaned.Title,
            input.Published,
            input.Source,
            cleaned.Dateline);
        var document = new Document(cleaned.Body, metadata, cleaned.Paragraphs);
        foreach (var note in cleaned.Notes)
        {
            document.AddNote(note);
        }

        Pipeline.Process(document, timings, cancellationToken);
        return document;
    }

    public Article Analyze(ArticleInput input, CancellationToken cancellationToken = default) =>
        ArticleProjector.Project(Read(input, timings: null, cancellationToken));
}
