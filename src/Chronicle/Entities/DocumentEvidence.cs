using Chronicle.Documents;
using Chronicle.Learning;

namespace Chronicle.Entities;

/// <summary>
/// What the rest of the document says about each word form, for names seen alone: "Mohamed" after
/// "Ahmed Mohamed", or "Police" at a sentence start when "police" appears lower-case elsewhere.
/// Built once per document from the words only (no predictions), so training and inference agree.
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

    /// <summary>The evidence flags of a word form (case-insensitive).</summary>
    public byte Of(ReadOnlySpan<char> word) => _flags.GetValueOrDefault(LowerKey(word));

    private static ulong LowerKey(ReadOnlySpan<char> word) => FeatureHash.End(FeatureHash.AddLower(FeatureHash.Begin(0), word));

    private static bool IsCapitalised(ReadOnlySpan<char> word) => !word.IsEmpty && char.IsUpper(word[0]);

    private void Add(ulong key, byte flags) => _flags[key] = (byte)(_flags.GetValueOrDefault(key) | flags);
}
