using Chronicle.Documents;
using Chronicle.Learning;

namespace Chronicle.Entities;

/// <summary>
/// What the rest of the document says about each word form, for names seen alone: "Mohamed" after
/// "Omar Haddad", or "Police" at a sentence start when "police" appears lower-case elsewhere.
/// Built once per document from the words; a second-stage model also gets the types a first-stage model
/// predicted for each form anywhere in the document (<see cref="WithPredictions"/>), which makes the labels of
/// repeated names consistent ("Haddad" everywhere a PERSON once "Omar Haddad" is).
/// </summary>
public sealed class DocumentEvidence
{
    /// <summary>The form appears capitalised away from a sentence start.</summary>
    public const byte CapitalisedInside = 1;

    /// <summary>The form appears next to another capitalised word away from a sentence start.</summary>
    public const byte InCapitalisedRun = 2;

    /// <summary>The form appears all lower-case.</summary>
    public const byte LowerCase = 4;

    private readonly Dictionary<ulong, byte> _flags;
    private readonly Dictionary<ulong, byte>? _predictedTypes;
    private readonly NameLexicon? _lexicon;

    private DocumentEvidence(Dictionary<ulong, byte> flags, Dictionary<ulong, byte> predictedTypes, NameLexicon? lexicon)
    {
        _flags = flags;
        _predictedTypes = predictedTypes;
        _lexicon = lexicon;
    }

    public DocumentEvidence(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _flags = new Dictionary<ulong, byte>(Math.Min(document.Tokens.Length, 4096));
        foreach (var sentence in document.Sentences)
        {
            var range = sentence.Tokens;
            for (var i = range.Start; i < range.End; i++)
            {
                var text = document.TextOf(i);
                if (text.IsEmpty || !char.IsLetter(text[0]))
                {
                    continue;
                }

                var key = LowerKey(text);
                if (!char.IsUpper(text[0]))
                {
                    Add(key, LowerCase);
                    continue;
                }

                if (i == range.Start)
                {
                    continue;
                }

                var flags = CapitalisedInside;
                if ((i > range.Start + 1 && IsCapitalised(document.TextOf(i - 1))) || (i + 1 < range.End && IsCapitalised(document.TextOf(i + 1))))
                {
                    flags |= InCapitalisedRun;
                }

                Add(key, flags);
            }
        }
    }

    /// <summary>
    /// This evidence plus the entity types of <paramref name="tags"/> (one per document token, from a first-stage
    /// model), gathered per word form: bit <c>1 &lt;&lt; type</c> is set when some occurrence was tagged with that type;
    /// and, when given, what a news corpus tagged by a first-stage model says of each form (<see cref="LexiconOf"/>).
    /// </summary>
    public DocumentEvidence WithPredictions(Document document, ReadOnlySpan<ushort> tags, NameLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var types = new Dictionary<ulong, byte>();
        for (var i = 0; i < tags.Length; i++)
        {
            if (!EntityTags.IsOutside(tags[i]))
            {
                var key = LowerKey(document.TextOf(i));
                types[key] = (byte)(types.GetValueOrDefault(key) | (1 << (int)EntityTags.TypeOf(tags[i])));
            }
        }

        return new DocumentEvidence(_flags, types, lexicon);
    }

    /// <summary>The corpus evidence of a word form (<see cref="NameLexicon.Of"/>), 0 without a lexicon or for an unlisted form.</summary>
    public int LexiconOf(ReadOnlySpan<char> word) => _lexicon?.Of(word) ?? 0;

    /// <summary>Bit mask of the entity types a first stage gave the form somewhere in the document (0 without predictions).</summary>
    public int PredictedTypesOf(ReadOnlySpan<char> word) => _predictedTypes?.GetValueOrDefault(LowerKey(word)) ?? 0;

    /// <summary>The evidence flags of a word form (case-insensitive).</summary>
    public byte Of(ReadOnlySpan<char> word) => _flags.GetValueOrDefault(LowerKey(word));

    private static ulong LowerKey(ReadOnlySpan<char> word) => FeatureHash.End(FeatureHash.AddLower(FeatureHash.Begin(0), word));

    private static bool IsCapitalised(ReadOnlySpan<char> word) => !word.IsEmpty && char.IsUpper(word[0]);

    private void Add(ulong key, byte flags) => _flags[key] = (byte)(_flags.GetValueOrDefault(key) | flags);
}
