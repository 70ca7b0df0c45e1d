namespace Chronicle.Training.Entities;

/// <summary>
/// The fixed GUM split of the NER. Documents are taken in ordinal name order. The 16 <c>GUM_news_*</c> documents
/// are all held out for test: they are the articles of <c>shared/gold/gum-news-dev.jsonl</c>, so training on them
/// would leak that gold set into the model. Of the other <c>GUM_*</c> documents, every 8th (index 0, 8, 16, …) is
/// test and every 8th from index 4 (4, 12, 20, …) is dev; the rest is training. The <c>GENTLE_*</c> documents
/// (the out-of-genre companion corpus: poetry, syllabi, dictionary entries, e-sports commentary) all go to
/// training: they widen what the model sees, but are not the news-like text the figures should describe.
/// </summary>
public static class GumSplit
{
    public const string NewsPrefix = "GUM_news_";

    public const string GumPrefix = "GUM_";

    public static NerSplitPart PartOf(string documentId, IReadOnlyList<string> allDocumentIds)
    {
        ArgumentNullException.ThrowIfNull(allDocumentIds);
        if (IsNews(documentId))
        {
            return NerSplitPart.Test;
        }

        if (!documentId.StartsWith(GumPrefix, StringComparison.Ordinal))
        {
            return NerSplitPart.Train;
        }

        var others = allDocumentIds.Where(id => !IsNews(id) && id.StartsWith(GumPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var index = others.IndexOf(documentId);
        if (index < 0)
        {
            throw new ArgumentException($"'{documentId}' is not among the documents.", nameof(documentId));
        }

        return (index % 8) switch
        {
            0 => NerSplitPart.Test,
            4 => NerSplitPart.Dev,
            _ => NerSplitPart.Train,
        };
    }

    public static bool IsNews(string documentId) => documentId.StartsWith(NewsPrefix, StringComparison.Ordinal);
}
