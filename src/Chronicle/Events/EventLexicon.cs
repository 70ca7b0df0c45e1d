using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>
/// Chronicle's event lexicon (<c>data/events/lexicon.tsv</c>, embedded): verbs, verb phrases and event nouns with
/// the PLOVER type, mode, context and CAMEO code they fix, and hints for finding their arguments. Immutable and
/// thread-safe; <see cref="Default"/> is loaded once.
/// </summary>
public sealed class EventLexicon
{
    public const string FileName = "lexicon.tsv";

    private static readonly string[] s_columns =
        ["phrase", "pos", "type", "mode", "context", "cameo", "source", "target", "symmetric", "override", "note"];

    private static readonly uint s_verbPos = PhrasePattern.PosBit(UniversalPos.VERB);
    // Not PROPN: "March", "Strike Force" are names; a tagger that tags a headline's "Summit" PROPN loses that match.
    private static readonly uint s_nounPos = PhrasePattern.PosBit(UniversalPos.NOUN);
    private static readonly ArgumentHint[] s_verbSource = [new(ArgumentRole.Subject)];
    private static readonly ArgumentHint[] s_nounSource = [new(ArgumentRole.Possessor), new(ArgumentRole.Oblique, "by")];

    private static readonly Lazy<EventLexicon> s_default = new(LoadEmbedded);

    private readonly EventLexiconEntry[] _entries;
    private readonly PhraseMatcher _matcher;

    private EventLexicon(EventLexiconEntry[] entries, PhraseMatcher matcher)
    {
        _entries = entries;
        _matcher = matcher;
    }

    /// <summary>The lexicon embedded in the Chronicle assembly, checked against <see cref="CameoTable.Default"/>.</summary>
    public static EventLexicon Default => s_default.Value;

    public IReadOnlyList<EventLexiconEntry> Entries => _entries;

    /// <summary>
    /// Appends to <paramref name="matches"/> every entry occurring inside <paramref name="range"/> (normally one
    /// sentence), overlapping ones included; <see cref="KeepLongest"/> then drops those inside a longer match.
    /// </summary>
    public void Match(Document document, TokenRange range, List<LexiconMatch> matches)
    {
        var sink = new LexiconMatchSink(_entries, _matcher, document, matches);
        _matcher.Match(document, range, ref sink);
    }

    /// <summary>The matches in one sentence, with matches inside a longer one ("talks" in "held talks") dropped.</summary>
    public IReadOnlyList<LexiconMatch> Match(Document document, Sentence sentence)
    {
        var matches = new List<LexiconMatch>();
        Match(document, sentence.Tokens, matches);
        KeepLongest(matches);
        return matches;
    }

    /// <summary>
    /// Removes every match whose tokens lie inside a strictly longer match: "called on" beats "called",
    /// "issued an arrest warrant" beats "arrest warrant" and "arrest". Matches over the same tokens are all kept
    /// (an untagged "strike" is both the noun and the verb); the parse decides between them.
    /// </summary>
    public static void KeepLongest(List<LexiconMatch> matches)
    {
        for (var i = matches.Count - 1; i >= 0; i--)
        {
            var m = matches[i].Tokens;
            for (var j = 0; j < matches.Count; j++)
            {
                var o = matches[j].Tokens;
                if (o.Start <= m.Start && o.End >= m.End && o.Length > m.Length)
                {
                    matches.RemoveAt(i);
                    break;
                }
            }
        }
    }

    /// <summary>Reads a lexicon in the format of <c>lexicon.tsv</c>; a malformed row throws <see cref="LexiconFormatException"/>.</summary>
    public static EventLexicon Load(TextReader reader, string fileName, CameoTable cameo)
    {
        var entries = new List<EventLexiconEntry>();
        var patterns = new List<PhrasePattern>();
        var seen = new Dictionary<(string, TriggerKind), int>();
        foreach (var row in TsvFile.Read(reader, fileName, s_columns))
        {
            var kind = row.Required(1, "pos") switch
            {
                "verb" => TriggerKind.Verb,
                "noun" => TriggerKind.Noun,
                var other => throw row.Error($"the pos '{other}' is not 'verb' or 'noun'"),
            };
            var pattern = PhrasePattern.TryParse(row.Required(0, "phrase"), kind == TriggerKind.Noun, kind == TriggerKind.Verb ? s_verbPos : s_nounPos, out var problem)
                ?? throw row.Error(problem!);
            if (seen.TryGetValue((pattern.Text, kind), out var firstLine))
            {
                throw row.Error($"the {row[1]} '{pattern.Text}' is already defined on line {firstLine}");
            }

            seen.Add((pattern.Text, kind), row.LineNumber);
            var entry = ReadEntry(row, kind, pattern, cameo);
            entries.Add(entry);
            patterns.Add(pattern);
        }

        return new EventLexicon([.. entries], new PhraseMatcher(patterns));
    }

    private static EventLexiconEntry ReadEntry(TsvRow row, TriggerKind kind, PhrasePattern pattern, CameoTable cameo)
    {
        var typeName = row.Required(2, "type");
        if (!Enum.TryParse<PloverType>(typeName, ignoreCase: false, out var type) || !Enum.IsDefined(type) || typeName.Any(char.IsDigit))
        {
            throw row.Error($"'{typeName}' is not one of the 16 PLOVER types");
        }

        var mode = row.Optional(3);
        if (mode is not null && !PloverVocabulary.IsMode(type, mode))
        {
            throw row.Error($"'{mode}' is not a mode of {type} in the PLOVER manual ({string.Join(", ", PloverVocabulary.ModesOf(type))})");
        }

        var context = row.Optional(4);
        foreach (var part in (context ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!PloverVocabulary.IsContext(part))
            {
                throw row.Error($"'{part}' is not a PLOVER context");
            }
        }

        var code = row.Required(5, "cameo");
        if (!cameo.TryGet(code, out var cameoEntry))
        {
            throw row.Error($"the CAMEO code '{code}' is not in the CAMEO table");
        }

        var overrideNote = row.Optional(9);
        if (cameoEntry.PloverType != type && overrideNote is null)
        {
            var mapped = cameoEntry.PloverType?.ToString() ?? "nothing (dropped)";
            throw row.Error($"CAMEO {code} maps to {mapped} in CAMEO2PLOVER, not {type}; say why in the 'override' column");
        }

        return new EventLexiconEntry
        {
            Phrase = pattern.Text,
            Words = pattern.Words,
            Kind = kind,
            Type = type,
            Mode = mode,
            Context = context,
            Cameo = cameoEntry.Code,
            Goldstein = cameoEntry.Goldstein,
            Source = ReadHints(row, 6, kind == TriggerKind.Verb ? s_verbSource : s_nounSource),
            Target = ReadHints(row, 7, []),
            Symmetric = row[8] switch
            {
                "" or "no" => false,
                "yes" => true,
                var other => throw row.Error($"the symmetric value '{other}' is not 'yes', 'no' or empty"),
            },
            Override = overrideNote,
            Note = row.Optional(10),
            Line = row.LineNumber,
        };
    }

    private static IReadOnlyList<ArgumentHint> ReadHints(TsvRow row, int column, ArgumentHint[] fallback)
    {
        var text = row[column];
        if (text.Length == 0)
        {
            return fallback;
        }

        if (text == "none")
        {
            return [];
        }

        try
        {
            return [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ArgumentHint.Parse)];
        }
        catch (FormatException e)
        {
            throw row.Error(e.Message, e);
        }
    }

    private static EventLexicon LoadEmbedded()
    {
        using var reader = TsvFile.OpenEmbedded(FileName);
        return Load(reader, FileName, CameoTable.Default);
    }
}
