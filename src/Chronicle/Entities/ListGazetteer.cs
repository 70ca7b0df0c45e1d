using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// A gazetteer over the generic <see cref="NameLists"/>: marks the longest span starting at each capitalised token
/// whose text is a listed name, with the union of its lists as <see cref="NameListKinds"/> bits. Spans start and end
/// on capitalised tokens and cross only capitalised words and short connectors ("Stoke-on-Trent", "Rio de Janeiro"),
/// so each capitalised token costs a few lookups; the span's text is looked up as it stands in the document, so
/// marking allocates nothing. Immutable and thread-safe.
/// </summary>
public sealed class ListGazetteer : IGazetteer
{
    /// <summary>The name models record for the default lists; change it when the marking rules change.</summary>
    public const string Version = "name-lists-v1";

    /// <summary>Longest span tried, in tokens ("Stoke - on - Trent" is 5 when the hyphens are tokens).</summary>
    public const int MaxTokens = 8;

    private static readonly Lazy<ListGazetteer> s_default = new(() => new ListGazetteer(NameLists.LoadEmbedded(NameLists.DefaultFiles)));

    private readonly NameLists _lists;

    public ListGazetteer(NameLists lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        _lists = lists;
        Name = NameFor(lists.Files);
    }

    /// <summary>The gazetteer over <see cref="NameLists.DefaultFiles"/>, built on first use.</summary>
    public static ListGazetteer Default => s_default.Value;

    /// <summary><see cref="Version"/> for the default lists, else the version with the files read: "name-lists-v1(given-names,places)".</summary>
    public string Name { get; }

    /// <summary>The name a gazetteer over <paramref name="files"/> (in this order) carries.</summary>
    public static string NameFor(IReadOnlyList<string> files) =>
        files.SequenceEqual(NameLists.DefaultFiles, StringComparer.Ordinal)
            ? Version
            : $"{Version}({string.Join(',', files.Select(f => Path.GetFileNameWithoutExtension(f)))})";

    /// <summary>The files a gazetteer name stands for, or null when it names no list gazetteer.</summary>
    public static IReadOnlyList<string>? FilesOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name == Version)
        {
            return NameLists.DefaultFiles;
        }

        if (!name.StartsWith(Version + "(", StringComparison.Ordinal) || !name.EndsWith(')'))
        {
            return null;
        }

        var files = name[(Version.Length + 1)..^1].Split(',').Select(f => f + ".tsv").ToArray();
        return files.All(f => f is NameLists.GivenNamesFile or NameLists.SurnamesFile or NameLists.PlacesFile or NameLists.OrganisationsFile) ? files : null;
    }

    public void Mark(Document document, TokenRange sentence, Span<GazetteerMark> marks) =>
        CapitalisedSpans.Mark(new Rules(_lists), document, sentence, marks, MaxTokens);

    /// <summary>Names start at any capitalised token; the lists say what a span names.</summary>
    private readonly struct Rules(NameLists lists) : ICapitalisedSpanRules
    {
        public bool CanStart(ReadOnlySpan<char> token) => true;

        /// <summary>Short lower-case words and joiners inside place and person names ("Rio de Janeiro", "Stoke-on-Trent", "St. Albans").</summary>
        public bool IsConnector(ReadOnlySpan<char> token) =>
            token is "of" or "the" or "and" or "de" or "del" or "la" or "le" or "los" or "las" or "da" or "do" or "dos" or "du" or "des"
                or "on" or "upon" or "am" or "an" or "sur" or "en" or "-" or "." or "'";

        public byte CategoryOf(ReadOnlySpan<char> span) => (byte)lists.KindsOf(span);
    }
}
