using System.Collections.Frozen;
using Chronicle.Documents;

namespace Chronicle.Quotes;

/// <summary>
/// Reporting verbs and phrases (data/quotes/cues.tsv, embedded): "said", "told", "according to", "in a statement".
/// Phrases are keyed by their first token so matching costs one dictionary probe per token. Immutable and thread-safe.
/// </summary>
public sealed class ReportingLexicon
{
    private const string ResourceName = "Chronicle.Data.quotes.cues.tsv";

    private readonly FrozenDictionary<string, (string[] Words, CueKind Kind)[]> _byFirstWord;
    private readonly FrozenDictionary<string, (string[] Words, CueKind Kind)[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private ReportingLexicon(Dictionary<string, List<(string[] Words, CueKind Kind)>> entries)
    {
        // Longest phrase first, so "in an interview published" wins over "in an interview".
        _byFirstWord = entries.ToFrozenDictionary(
            e => e.Key,
            e => e.Value.OrderByDescending(p => p.Words.Length).ToArray(),
            StringComparer.OrdinalIgnoreCase);
        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon shipped with Chronicle.</summary>
    public static ReportingLexicon Default { get; } = LoadEmbedded();

    public int Count => _byFirstWord.Values.Sum(v => v.Length);

    /// <exception cref="QuoteDataException">A line is malformed.</exception>
    public static ReportingLexicon Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new Dictionary<string, List<(string[] Words, CueKind Kind)>>(StringComparer.OrdinalIgnoreCase);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 2)
            {
                throw new QuoteDataException(source, lineNumber, $"expected 2 tab-separated fields (phrase, kind), found {fields.Length}.");
            }

            if (!Enum.TryParse<CueKind>(fields[1], ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            {
                throw new QuoteDataException(source, lineNumber, $"unknown kind '{fields[1]}' (speech, belief, source, adjunct or claim).");
            }

            var words = fields[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                throw new QuoteDataException(source, lineNumber, "the phrase is empty.");
            }

            if (!entries.TryGetValue(words[0], out var list))
            {
                entries[words[0]] = list = [];
            }

            list.Add((words, kind));
        }

        return new ReportingLexicon(entries);
    }

    /// <summary>
    /// The longest cue starting at token <paramref name="index"/> and ending before <paramref name="limit"/>, if any.
    /// A capitalised verb counts only at a sentence start, so "Secretary of State" is no cue.
    /// </summary>
    public bool TryMatch(Document document, int index, int limit, bool sentenceStart, out Cue cue)
    {
        cue = default;
        var first = document.TextOf(index);
        if (!_lookup.TryGetValue(first, out var phrases))
        {
            return false;
        }

        var capitalised = char.IsUpper(first[0]);
        foreach (var (words, kind) in phrases)
        {
            if (index + words.Length > limit || (capitalised && !sentenceStart && kind is CueKind.Speech or CueKind.Belief))
            {
                continue;
            }

            var matches = true;
            for (var k = 1; k < words.Length && matches; k++)
            {
                matches = document.TextOf(index + k).Equals(words[k], StringComparison.OrdinalIgnoreCase);
            }

            if (matches)
            {
                cue = new Cue(index, index + words.Length, kind);
                return true;
            }
        }

        return false;
    }

    private static ReportingLexicon LoadEmbedded()
    {
        var stream = typeof(ReportingLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new QuoteDataException(ResourceName, 0, "the embedded resource is missing from the Chronicle assembly.");
        using var reader = new StreamReader(stream);
        return Read(reader, ResourceName);
    }
}
