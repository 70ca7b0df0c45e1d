using Chronicle.Tagging;
using Chronicle.Training.Entities;

namespace Chronicle.Training.Tagging;

/// <summary>
/// Learns the tagger's and parser's <see cref="WordClasses"/> from an unlabelled JSONL news corpus with the NER's
/// class builder (same PPMI + spherical k-means method and settings), so the classes are rebuilt deterministically
/// by the training command instead of being copied from another model.
/// </summary>
public static class WordClassSource
{
    /// <summary>The k-means seed (the NER's, so both learn the same classes from the same text).</summary>
    public const int Seed = 7;

    /// <param name="unlabelledPaths">One or more JSONL corpora, read in the given order (more text gives better classes).</param>
    /// <param name="excludeTitlesFrom">A JSONL file whose article titles are left out (keeps an evaluation set unseen), or null.</param>
    public static WordClasses Build(IReadOnlyList<string> unlabelledPaths, string? excludeTitlesFrom)
    {
        ArgumentNullException.ThrowIfNull(unlabelledPaths);
        var excluded = excludeTitlesFrom is null ? new HashSet<string>() : UnlabelledCorpus.Titles(excludeTitlesFrom);
        var documents = unlabelledPaths.SelectMany(path => UnlabelledCorpus.Read(path, excluded));
        var clusters = new WordClusterBuilder(new WordClusterOptions(Seed: Seed)).Build(documents);
        return new WordClasses(clusters.Coarse, clusters.Fine);
    }
}
