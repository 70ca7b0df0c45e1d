using Chronicle.Training.Conllu;

namespace Chronicle.Training.Corpora;

/// <summary>
/// The UD English training data under <c>--data</c> (<c>ewt/</c> and <c>gum/</c>) and its splits.
/// GUM has no official split in this layout, so we hold back the GUM news documents (<c>GUM_news_*</c>):
/// news is the genre Chronicle reads, and these are the documents of the project's GUM news gold set,
/// which must never be trained on. Everything else in <c>gum/</c> (GUM and GENTLE) is training data.
/// </summary>
public sealed class UdCorpus
{
    public const string HeldBackPrefix = "GUM_news_";

    public UdCorpus(string dataDirectory)
    {
        DataDirectory = dataDirectory;
        var ewt = Path.Combine(dataDirectory, "ewt");
        var gum = Path.Combine(dataDirectory, "gum");
        if (!Directory.Exists(ewt) || !Directory.Exists(gum))
        {
            throw new DirectoryNotFoundException($"'{dataDirectory}' must hold the UD folders ewt/ and gum/.");
        }

        EwtTrainPath = Path.Combine(ewt, "en_ewt-ud-train.conllu");
        EwtDevPath = Path.Combine(ewt, "en_ewt-ud-dev.conllu");
        EwtTestPath = Path.Combine(ewt, "en_ewt-ud-test.conllu");
        GumFiles = [.. Directory.GetFiles(gum, "*.conllu").OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)];
    }

    public string DataDirectory { get; }

    public string EwtTrainPath { get; }

    public string EwtDevPath { get; }

    public string EwtTestPath { get; }

    public IReadOnlyList<string> GumFiles { get; }

    public static bool IsHeldBack(string gumFile) => Path.GetFileName(gumFile).StartsWith(HeldBackPrefix, StringComparison.Ordinal);

    /// <summary>EWT train followed by the GUM training documents, in file order.</summary>
    public IReadOnlyList<GoldSentence> Train() =>
        [.. Read(EwtTrainPath), .. GumFiles.Where(f => !IsHeldBack(f)).SelectMany(Read)];

    public IReadOnlyList<GoldSentence> EwtDev() => [.. Read(EwtDevPath)];

    public IReadOnlyList<GoldSentence> EwtTest() => [.. Read(EwtTestPath)];

    public IReadOnlyList<GoldSentence> GumHeldBack() => [.. GumFiles.Where(IsHeldBack).SelectMany(Read)];

    public static IEnumerable<GoldSentence> Read(string path)
    {
        var source = Path.GetFileNameWithoutExtension(path);
        return ConlluReader.Read(path).Select(s => GoldSentence.FromConllu(s, source));
    }
}
