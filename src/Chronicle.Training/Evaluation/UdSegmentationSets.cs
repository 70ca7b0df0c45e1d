namespace Chronicle.Training.Evaluation;

/// <summary>
/// The UD evaluation sets for segmentation, found under a UD folder laid out as <c>ewt/en_ewt-ud-*.conllu</c> and
/// <c>gum/GUM_*.conllu</c>. Report sets are EWT test and GUM news; tuning sets are EWT dev and the GUM documents of
/// every other genre (GENTLE included).
/// </summary>
public static class UdSegmentationSets
{
    public const string EwtTest = "EWT test";
    public const string GumNews = "GUM news";
    public const string EwtDev = "EWT dev";
    public const string GumOther = "GUM non-news";

    /// <summary>The files of each set, in order; sets whose files are missing are left out.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IReadOnlyList<(string Name, IReadOnlyList<string> Files)> Find(string udDirectory, bool includeTuning)
    {
        if (!Directory.Exists(udDirectory))
        {
            throw new DirectoryNotFoundException($"The UD folder '{udDirectory}' does not exist.");
        }

        var ewt = Path.Combine(udDirectory, "ewt");
        var gum = Path.Combine(udDirectory, "gum");
        var gumFiles = Directory.Exists(gum) ? Directory.GetFiles(gum, "*.conllu").Order(StringComparer.Ordinal).ToList() : [];
        var sets = new List<(string, IReadOnlyList<string>)>
        {
            (EwtTest, Existing(Path.Combine(ewt, "en_ewt-ud-test.conllu"))),
            (GumNews, [.. gumFiles.Where(IsGumNews)]),
        };
        if (includeTuning)
        {
            sets.Add((EwtDev, Existing(Path.Combine(ewt, "en_ewt-ud-dev.conllu"))));
            sets.Add((GumOther, [.. gumFiles.Where(f => !IsGumNews(f))]));
        }

        return [.. sets.Where(s => s.Item2.Count > 0)];
    }

    private static bool IsGumNews(string path) => Path.GetFileName(path).StartsWith("GUM_news_", StringComparison.Ordinal);

    private static IReadOnlyList<string> Existing(string path) => File.Exists(path) ? [path] : [];
}
