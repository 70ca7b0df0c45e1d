using System.Globalization;
using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>
/// The modality cue lexicon (<c>data/events/modality.tsv</c>, embedded): words and phrases that make an event
/// planned ("will", "plan to", "next week"), hypothetical ("might", "if", "fears that", "urged X to") or negated
/// ("did not", "refused to", "denied"). <see cref="FindCues"/> finds the cues of a sentence once;
/// <see cref="Assess(Document, TokenRange, IReadOnlyList{ModalityCueMatch}, TokenRange, int, TriggerKind, IModalityScope)"/>
/// decides a trigger's modality from the cues its scope lets through. Immutable and thread-safe.
/// </summary>
public sealed class ModalityLexicon
{
    public const string FileName = "modality.tsv";

    private static readonly string[] s_columns = ["cue", "modality", "scope", "window", "pos", "applies_to", "intent", "note"];

    private static readonly Lazy<ModalityLexicon> s_default = new(LoadEmbedded);
    private static readonly WordWindowModalityScope s_wordWindow = new();

    private readonly ModalityCue[] _cues;
    private readonly PhraseMatcher _matcher;

    private ModalityLexicon(ModalityCue[] cues, PhraseMatcher matcher)
    {
        _cues = cues;
        _matcher = matcher;
    }

    public static ModalityLexicon Default => s_default.Value;

    public IReadOnlyList<ModalityCue> Cues => _cues;

    /// <summary>Appends the cues of a sentence to <paramref name="cues"/>, dropping those inside a longer cue ("not" in "could not").</summary>
    public void FindCues(Document document, TokenRange sentence, List<ModalityCueMatch> cues)
    {
        var first = cues.Count;
        var sink = new CueSink(_cues, _matcher, document, sentence, cues);
        _matcher.Match(document, sentence, ref sink);
        for (var i = cues.Count - 1; i >= first; i--)
        {
            var m = cues[i];
            for (var j = first; j < cues.Count; j++)
            {
                var o = cues[j];
                if (o.Tokens.Start <= m.Tokens.Start && o.Tokens.End >= m.Tokens.End && o.Tokens.Length > m.Tokens.Length)
                {
                    cues.RemoveAt(i);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The modality of a trigger given the cues of its sentence and a scope. Several cues combine by precedence:
    /// hypothetical over negated over planned ("might not attack" is hypothetical, "will not attend" negated).
    /// </summary>
    public ModalityAssessment Assess(Document document, TokenRange sentence, IReadOnlyList<ModalityCueMatch> cues, TokenRange trigger, int triggerHead, TriggerKind triggerKind, IModalityScope scope)
    {
        List<ModalityCueMatch>? applied = null;
        var modality = Modality.Asserted;
        foreach (var cue in cues)
        {
            if ((cue.Cue.AppliesTo is { } kind && kind != triggerKind) || !scope.Governs(document, sentence, cue, trigger, triggerHead))
            {
                continue;
            }

            (applied ??= []).Add(cue);
            if (Rank(cue.Cue.Modality) > Rank(modality))
            {
                modality = cue.Cue.Modality;
            }
        }

        return applied is null ? ModalityAssessment.Asserted : new ModalityAssessment(modality, applied);
    }

    /// <summary>The word-window modality of a trigger in a sentence (finds the cues itself).</summary>
    public ModalityAssessment Assess(Document document, TokenRange sentence, TokenRange trigger, int triggerHead, TriggerKind triggerKind)
    {
        var cues = new List<ModalityCueMatch>();
        FindCues(document, sentence, cues);
        return Assess(document, sentence, cues, trigger, triggerHead, triggerKind, s_wordWindow);
    }

    /// <summary>The word-window modality of an event-lexicon match in its sentence.</summary>
    public ModalityAssessment Assess(Document document, TokenRange sentence, LexiconMatch match) =>
        Assess(document, sentence, match.Tokens, match.Head, match.Entry.Kind);

    /// <summary>Reads a cue lexicon in the format of <c>modality.tsv</c>; a malformed row throws <see cref="LexiconFormatException"/>.</summary>
    public static ModalityLexicon Load(TextReader reader, string fileName)
    {
        var cues = new List<ModalityCue>();
        var patterns = new List<PhrasePattern>();
        var seen = new Dictionary<(string, CueScope), int>();
        foreach (var row in TsvFile.Read(reader, fileName, s_columns))
        {
            var posBits = 0u;
            foreach (var name in row[4].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                posBits |= Enum.TryParse<UniversalPos>(name, ignoreCase: false, out var pos) && pos != UniversalPos.None && !name.Any(char.IsDigit)
                    ? PhrasePattern.PosBit(pos)
                    : throw row.Error($"'{name}' is not a Universal POS tag");
            }

            var pattern = PhrasePattern.TryParse(row.Required(0, "cue"), headIsLast: false, posBits, out var problem) ?? throw row.Error(problem!);
            var modality = row.Required(1, "modality") switch
            {
                "planned" => Modality.Planned,
                "hypothetical" => Modality.Hypothetical,
                "negated" => Modality.Negated,
                var other => throw row.Error($"the modality '{other}' is not planned, hypothetical or negated"),
            };
            var scope = row.Required(2, "scope") switch
            {
                "clause" => CueScope.Clause,
                "complement" => CueScope.Complement,
                "following" => CueScope.Following,
                var other => throw row.Error($"the scope '{other}' is not clause, complement or following"),
            };
            if (!int.TryParse(row.Required(3, "window"), NumberStyles.None, CultureInfo.InvariantCulture, out var window) || window > 12)
            {
                throw row.Error($"the window '{row[3]}' is not a whole number of tokens from 0 to 12");
            }

            if (seen.TryGetValue((pattern.Text, scope), out var firstLine))
            {
                throw row.Error($"the cue '{pattern.Text}' with scope {row[2]} is already defined on line {firstLine}");
            }

            seen.Add((pattern.Text, scope), row.LineNumber);
            TriggerKind? appliesTo = row[5] switch
            {
                "" => null,
                "verb" => TriggerKind.Verb,
                "noun" => TriggerKind.Noun,
                var other => throw row.Error($"applies_to '{other}' is not verb, noun or empty"),
            };
            cues.Add(new ModalityCue
            {
                Phrase = pattern.Text,
                Modality = modality,
                Scope = scope,
                Window = window,
                AppliesTo = appliesTo,
                ExpressesIntent = row[6] switch
                {
                    "" or "no" => false,
                    "yes" => true,
                    var other => throw row.Error($"intent '{other}' is not 'yes', 'no' or empty"),
                },
                Note = row.Optional(7),
                Line = row.LineNumber,
            });
            patterns.Add(pattern);
        }

        return new ModalityLexicon([.. cues], new PhraseMatcher(patterns));
    }

    private static int Rank(Modality modality) => modality switch
    {
        Modality.Hypothetical => 3,
        Modality.Negated => 2,
        Modality.Planned => 1,
        _ => 0,
    };

    private static ModalityLexicon LoadEmbedded()
    {
        using var reader = TsvFile.OpenEmbedded(FileName);
        return Load(reader, FileName);
    }
}
