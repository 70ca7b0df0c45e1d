using Chronicle.Actors;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// Reshapes the recogniser's spans before resolution: no determiner, possessive, score or title at the edges, and
/// names split by the tokenizer at hyphens or missing a given name made whole again.
/// </summary>
internal sealed class RecogniserSpans(ActorKnowledgeBase knowledgeBase)
{
    /// <summary>At most this many tokens are added after a name by "of"/"for" complements.</summary>
    private const int MaxComplementTokens = 8;

    private readonly ActorKnowledgeBase _kb = knowledgeBase;

    /// <summary>The span a recogniser mention is resolved under.</summary>
    public TokenRange Shape(Document document, TokenRange tokens, EntityType type)
    {
        // "Russia-Ukraine" stays two places; "Asia-Pacific Research Unit" is one name.
        var trimmed = TrimRange(document, tokens);
        if (type == EntityType.EVENT && trimmed.Start > tokens.Start && trimmed.Start < trimmed.End && IsYear(document.TextOf(trimmed.Start - 1)))
        {
            // "the 2030 Velmora Games": the year names the edition, so an event keeps it (a score or year before a team or
            // country does not).
            trimmed = new TokenRange(trimmed.Start - 1, trimmed.End);
        }

        if (type is EntityType.GPE or EntityType.LOC && IsInsideHyphenatedName(document, trimmed))
        {
            return new TokenRange(trimmed.Start, trimmed.Start);
        }

        var range = WithHyphenatedParts(document, trimmed, type);
        return type == EntityType.PERSON ? WithGivenName(document, WithoutLeadingTitles(document, range)) : range;
    }

    /// <summary>
    /// "Veterinary Review of Norway", "Joint Board for the Protection of Wetlands", "Danish Ministry of Culture": an
    /// organisation's name often goes on past "of" or "for (the)" with more capitalised words, where the recogniser
    /// tends to stop. Such a run belongs to the name. Places are extended only when their last word is no known place
    /// ("Museum of Rail", not "Texas of the 1800s").
    /// </summary>
    /// <param name="isPersonToken">True for tokens inside a person the recogniser found: the run stops before them ("University of Oregon Eastfield Mira Halvorsen").</param>
    /// <param name="startsOrganisation">True for the first token of another organisation the recogniser found: "for (the)" before it
    /// says whom a place or body serves ("the Brackford Arena for the Wessex Rovers"), so the name stops before "for".</param>
    public TokenRange WithOfComplement(Document document, TokenRange range, EntityType type, Func<int, bool> isPersonToken, Func<int, bool>? startsOrganisation = null)
    {
        // "Secretary of State Antony Blinken": after a title, "of" starts the office, not more of a name.
        if (range.IsEmpty || type == EntityType.PERSON || type == EntityType.NORP)
        {
            return range;
        }

        if (IsTitle(document.TextOf(range.End - 1)))
        {
            return range;
        }

        if (type is EntityType.GPE or EntityType.LOC && IsKnownPlace(document.TextOf(document.CharRange(new TokenRange(range.End - 1, range.End)))))
        {
            return range;
        }

        var sentence = document.Sentences[document.SentenceIndexOf(range.Start)].Tokens;
        var end = range.End;
        var extended = range.End;
        while (end < sentence.End && end - range.End < MaxComplementTokens)
        {
            // "University of Lower Wessex at Brackford": a university's campus follows "at".
            var connector = document.TextOf(end);
            if (connector is not ("of" or "for") && !(connector is "at" && end > range.End && IsUniversity(document, range)))
            {
                break;
            }

            var next = end + 1;
            if (next < sentence.End && document.TextOf(next) is "the")
            {
                next++;
            }

            var words = next;
            while (words < sentence.End && SurfaceCues.StartsUpper(document.TextOf(words)) && SurfaceCues.IsWord(document.TextOf(words))
                && !SurfaceCues.IsDeterminer(document.TextOf(words)) && !IsTitle(document.TextOf(words)) && !isPersonToken(words))
            {
                words++;
            }

            if (words == next || (connector is "for" && startsOrganisation is not null && startsOrganisation(next)))
            {
                break;
            }

            extended = words;
            end = words;
        }

        return new TokenRange(range.Start, extended);
    }

    private static bool IsUniversity(Document document, TokenRange range)
    {
        for (var t = range.Start; t < range.End; t++)
        {
            if (document.TextOf(t) is "University" or "College")
            {
                return true;
            }
        }

        return false;
    }

    // A person's title ("Secretary of State", "… Governor Mark Carney") ends an organisation's name; an institution's
    // word ("Danish Ministry of Culture", "Chess Student Association", "Ministry of Health") does not.
    private static bool IsTitle(ReadOnlySpan<char> word) =>
        SurfaceCues.IsPersonalTitle(word) || SurfaceCues.IsPersonNoun(word) || word.Equals("commissioner", StringComparison.OrdinalIgnoreCase)
        || word.Equals("director", StringComparison.OrdinalIgnoreCase) || word.Equals("administrator", StringComparison.OrdinalIgnoreCase)
        || word.Equals("undersecretary", StringComparison.OrdinalIgnoreCase) || word.Equals("chairman", StringComparison.OrdinalIgnoreCase)
        || word.Equals("ceo", StringComparison.OrdinalIgnoreCase) || word.Equals("founder", StringComparison.OrdinalIgnoreCase)
        || word.Equals("curator", StringComparison.OrdinalIgnoreCase);

    private bool IsKnownPlace(ReadOnlySpan<char> word)
    {
        foreach (var candidate in _kb.Lookup(word))
        {
            if (candidate.Entry is Country or Region)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Yu Jie, senior research fellow": a person introduced with an apposition is introduced by full name, so a
    /// capitalised word just before the recognised surname that is no title or sentence opener is the given name.
    /// </summary>
    public static TokenRange WithGivenName(Document document, TokenRange range)
    {
        var before = range.Start - 1;
        if (range.Length != 1 || before < 0 || range.End >= document.Tokens.Length || !document.TextOf(range.End).SequenceEqual(","))
        {
            return range;
        }

        var word = document.TextOf(before);
        var sentence = document.SentenceIndexOf(range.Start);
        var isFirstOrAfterLowercase = before == document.Sentences[sentence].Tokens.Start || !SurfaceCues.StartsUpper(document.TextOf(before - 1));
        return SurfaceCues.StartsUpper(word) && SurfaceCues.IsWord(word) && document.Tokens[before].End < document.Tokens[range.Start].Start
            && isFirstOrAfterLowercase && !SurfaceCues.IsTitleWord(word) && !SurfaceCues.IsDeterminer(word) && !SurfaceCues.IsSentenceOpener(word)
            && !IsInterjection(word) && !IsConjunction(word)
            ? new TokenRange(before, range.End)
            : range;
    }

    /// <summary>
    /// "Asia-Pacific Research Unit", "Park Min-Jae": a name the tokenizer split at a hyphen written without spaces takes
    /// back the parts on either side (capitalised before it; after it, capitalised or the rest of a person's name).
    /// </summary>
    public static TokenRange WithHyphenatedParts(Document document, TokenRange range, EntityType type)
    {
        var tokens = document.Tokens;
        var start = range.Start;
        while (type is not (EntityType.GPE or EntityType.LOC) && start >= 2 && IsAttachedHyphen(document, start - 1)
            && SurfaceCues.StartsUpper(document.TextOf(start - 2)))
        {
            start -= 2;
        }

        var end = range.End;
        while (type is not (EntityType.GPE or EntityType.LOC) && end + 1 < tokens.Length && IsAttachedHyphen(document, end) && SurfaceCues.IsWord(document.TextOf(end + 1))
            && (SurfaceCues.StartsUpper(document.TextOf(end + 1)) || type == EntityType.PERSON))
        {
            end += 2;
        }

        return new TokenRange(start, end);
    }

    /// <summary>
    /// True when the place is one part of a capitalised hyphenated compound ("Asia-Pacific", "U.S.-China") that a
    /// further capitalised word follows: the compound modifies a longer name ("Asia-Pacific Research Unit", "U.S.-China
    /// Business Council") and the place is no mention of its own. "the Russia-Ukraine war" keeps its two places.
    /// </summary>
    public static bool IsInsideHyphenatedName(Document document, TokenRange range)
    {
        if (range.IsEmpty)
        {
            return false;
        }

        var start = range.Start;
        while (start >= 2 && IsAttachedHyphen(document, start - 1) && SurfaceCues.StartsUpper(document.TextOf(start - 2)))
        {
            start -= 2;
        }

        var end = range.End;
        while (end + 1 < document.Tokens.Length && IsAttachedHyphen(document, end) && SurfaceCues.StartsUpper(document.TextOf(end + 1)))
        {
            end += 2;
        }

        if ((start == range.Start && end == range.End) || end >= document.Tokens.Length
            || document.SentenceIndexOf(end) != document.SentenceIndexOf(range.Start))
        {
            return false;
        }

        var next = document.TextOf(end);
        return SurfaceCues.StartsUpper(next) && SurfaceCues.IsWord(next);
    }

    private static bool IsAttachedHyphen(Document document, int index)
    {
        var tokens = document.Tokens;
        return index > 0 && index + 1 < tokens.Length && document.TextOf(index) is "-"
            && tokens[index].Start == tokens[index - 1].End && tokens[index].End == tokens[index + 1].Start;
    }

    /// <summary>
    /// "President Volodymyr Zelenskiy" → "Volodymyr Zelenskiy": the role reader takes the title from the left, and
    /// the name alone is what clusters with "Zelenskiy".
    /// </summary>
    public TokenRange WithoutLeadingTitles(Document document, TokenRange range)
    {
        // Everything up to the last title word is the role: "NASA Administrator Ellen Marsh", "Russian President …".
        var start = range.Start;
        for (var t = range.End - 2; t >= range.Start; t--)
        {
            if (SurfaceCues.IsTitleWord(document.TextOf(t)))
            {
                start = t + 1;
                break;
            }
        }

        while (start + 1 < range.End && (IsCountryWord(document.TextOf(start)) || SurfaceCues.IsNameConnector(document.TextOf(start))))
        {
            start++;
        }

        return new TokenRange(start, range.End);
    }

    private bool IsCountryWord(ReadOnlySpan<char> word)
    {
        foreach (var candidate in _kb.Lookup(word))
        {
            if (candidate.Entry is Country && candidate.Form != SurfaceForm.City)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsYear(ReadOnlySpan<char> word) => word.Length == 4 && IsNumber(word) && word[0] is '1' or '2';

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Drops a leading determiner and a trailing possessive clitic or punctuation from a recogniser span.</summary>
    private static bool IsConjunction(ReadOnlySpan<char> word) =>
        word is "Because" or "Since" or "Although" or "Though" or "If" or "When" or "While" or "Unless" or "Until" or "But" or "And" or "Or"
            or "So" or "Yet" or "However" or "Meanwhile" or "Also" or "Then";

    internal static bool IsInterjection(ReadOnlySpan<char> word) =>
        word is "Hey" or "Hi" or "Hello" or "Oh" or "Dear" or "Thanks" or "Yes" or "No" or "Well" or "Okay" or "OK" or "Bye" or "Goodbye";

    public static TokenRange TrimRange(Document document, TokenRange range)
    {
        var start = range.Start;
        var end = range.End;
        // Scores and years the recogniser took in ("2 England", "2010 Norway") are no part of a name.
        while (start < end && (SurfaceCues.IsDeterminer(document.TextOf(start)) || !SurfaceCues.IsWord(document.TextOf(start)) || IsNumber(document.TextOf(start))))
        {
            start++;
        }

        // "Hey Ginny", "Because Mars …": an interjection or a conjunction is no part of the name after it.
        while (end - start > 1 && (IsInterjection(document.TextOf(start)) || IsConjunction(document.TextOf(start))))
        {
            start++;
        }

        while (end > start && (SurfaceCues.IsPossessiveClitic(document.TextOf(end - 1)) || !MentionCollector.CanEndName(document, end - 1)))
        {
            end--;
        }

        return new TokenRange(start, end);
    }
}
