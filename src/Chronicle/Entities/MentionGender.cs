using System.Collections.Frozen;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// The gender a person mention shows: an honorific right before it or at its start ("Mrs. Brandt", "Sir Konrad
/// Brandt"), else the given name that starts a full name ("Konrad Brandt"). A lone surname without a title shows none.
/// </summary>
internal static class MentionGender
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _femaleTitles = Set(
        "mrs", "ms", "miss", "madam", "madame", "mme", "dame", "lady", "queen", "princess", "duchess", "countess");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _maleTitles = Set(
        "mr", "sir", "lord", "king", "prince", "duke", "count", "monsieur");

    public static NameGender Of(Document document, ResolverMention mention, GivenNames givenNames)
    {
        var start = mention.Tokens.Start;
        var before = start - 1;
        if (before >= 0 && document.TextOf(before) is ".")
        {
            before--;
        }

        // No same-sentence check: splitters often end a sentence at the full stop of "Mrs.".
        if (before >= 0 && TitleGender(document.TextOf(before)) is var titled and not NameGender.Unknown)
        {
            return titled;
        }

        var first = document.TextOf(start);
        if (TitleGender(first) is var own and not NameGender.Unknown)
        {
            return own;
        }

        return mention.Tokens.Length >= 2 ? givenNames.GenderOf(first) : NameGender.Unknown;
    }

    /// <summary>True when both mentions show a gender and the genders differ.</summary>
    public static bool Conflict(NameGender a, NameGender b) => a != NameGender.Unknown && b != NameGender.Unknown && a != b;

    private static NameGender TitleGender(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd('.');
        return _femaleTitles.Contains(word) ? NameGender.Female : _maleTitles.Contains(word) ? NameGender.Male : NameGender.Unknown;
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
