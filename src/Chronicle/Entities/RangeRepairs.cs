using Chronicle.Actors;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// Repairs the recogniser's spans before they become mentions: titles and formal state names at the edges, a
/// capital letter that ends a name, and the first word of a name the recogniser left out.
/// </summary>
internal sealed class RangeRepairs(ActorKnowledgeBase knowledgeBase)
{
    private readonly ActorKnowledgeBase _kb = knowledgeBase;

    /// <summary>
    /// "Ellen Marsh, NASA Administrator": a "person" ending in a title is the organisation the title belongs to
    /// (not before a royal title, which no organisation confers, unless the knowledge base knows the words before it).
    /// "the State of Ohio", "the Commonwealth of Virginia": the state named formally is the known state.
    /// </summary>
    public void RepairEdges(Document document, List<(TokenRange Range, EntityType Type)> ranges)
    {
        for (var i = 0; i < ranges.Count; i++)
        {
            var (range, type) = ranges[i];
            if (range.IsEmpty)
            {
                continue;
            }

            // "Group F", "Plan B": a single capital letter after a name is its last part.
            if (range.End + 1 < document.Tokens.Length && IsSingleCapital(document.TextOf(range.End)) && !SurfaceCues.IsWord(document.TextOf(range.End + 1))
                && document.TextOf(range.End + 1) is not ("-" or "/" or "'" or "’" or "." or "&")
                && document.Tokens[range.End - 1].End < document.Tokens[range.End].Start
                && document.SentenceIndexOf(range.End) == document.SentenceIndexOf(range.Start))
            {
                ranges[i] = (new TokenRange(range.Start, range.End + 1), type);
                continue;
            }

            if (range.Length < 2)
            {
                continue;
            }

            if (type == EntityType.PERSON && SurfaceCues.IsTitleWord(document.TextOf(range.End - 1)))
            {
                var end = range.End;
                while (end > range.Start && (SurfaceCues.IsTitleWord(document.TextOf(end - 1)) || SurfaceCues.IsPersonalTitle(document.TextOf(end - 1))))
                {
                    end--;
                }

                // "Lemon Prince", "Waffle Princess": no organisation confers a royal title, so before one an unknown word is
                // a nickname or a title of its own, and the person stays as the recogniser read it.
                if (end > range.Start && !(IsRoyalTitle(document.TextOf(range.End - 1)) && _kb.Lookup(document.TextOf(document.CharRange(new TokenRange(range.Start, end)))).IsEmpty))
                {
                    ranges[i] = (new TokenRange(range.Start, end), EntityType.ORG);
                }

                continue;
            }

            if (range.Length >= 3 && document.TextOf(range.Start + 1) is "of" && IsStateWord(document.TextOf(range.Start)))
            {
                var place = new TokenRange(range.Start + 2, range.End);
                foreach (var candidate in _kb.Lookup(document.TextOf(document.CharRange(place))))
                {
                    if (candidate.Entry is Country)
                    {
                        ranges[i] = (place, EntityType.GPE);
                        break;
                    }
                }
            }
        }
    }

    private static bool IsRoyalTitle(ReadOnlySpan<char> word) =>
        word is "King" or "Queen" or "Prince" or "Princess" or "Duke" or "Duchess" or "Emperor" or "Empress" or "Emir" or "Sultan" or "Sheikh" or "Lord" or "Lady" or "Dame";

    private static bool IsSingleCapital(ReadOnlySpan<char> word) => word.Length == 1 && char.IsUpper(word[0]) && word[0] is not ('I' or 'A');

    private static bool IsStateWord(ReadOnlySpan<char> word) => word is "State" or "Commonwealth" or "Republic" or "Kingdom" or "City";

    /// <summary>
    /// "for Seed Standards Norland Trust", "the United Kingdom Cabinet Office", "substituted Park Min-Jae": the
    /// recogniser often leaves out the first word of a name. One capitalised word (two when they are a known place)
    /// between a lower-case word or determiner and the name, inside a sentence, is taken in, unless it is a title,
    /// a sentence opener, a nationality, or belongs to another name; before a person, a title may stand in front of
    /// that word ("Interior Minister Ewa Nowak"). Title-case sentences (headlines) are left alone.
    /// </summary>
    public void ExtendByLeftWords(Document document, List<(TokenRange Range, EntityType Type)> ranges)
    {
        for (var i = 0; i < ranges.Count; i++)
        {
            var (range, type) = ranges[i];
            if (range.IsEmpty || type == EntityType.NORP)
            {
                continue;
            }

            var sentence = document.Sentences[document.SentenceIndexOf(range.Start)].Tokens;
            var start = range.Start;
            for (var words = 1; words <= 2; words++)
            {
                var t = range.Start - words;
                if (t <= sentence.Start || !IsLooseNameWord(document, t, type) || ranges.Exists(o => o.Range.Start <= t && t < o.Range.End))
                {
                    break;
                }

                var before = document.TextOf(t - 1);
                // A person's title opens the run too: "Interior Minister Ewa Nowak" where the recogniser found only "Nowak".
                var opensRun = !SurfaceCues.StartsUpper(before) || SurfaceCues.IsDeterminer(before) || (t - 1 == sentence.Start && SurfaceCues.IsSentenceOpener(before))
                    || (type == EntityType.PERSON && words == 1 && (SurfaceCues.IsTitleWord(before) || SurfaceCues.IsPersonalTitle(before))
                        && !IsPostTitle(document.TextOf(t)));
                // Two words only when they are a known place before an organisation ("the United Kingdom Cabinet Office"),
                // or "the" opens them before an institution's head word ("The Velmora Rowing Club won"), never before a
                // person ("of the United States Joe Biden").
                if (opensRun && (words == 1 || (type != EntityType.PERSON && (IsKnownPlace(document, new TokenRange(t, range.Start))
                    || (document.TextOf(t - 1) is "the" or "The" && HasInstitutionHead(document, range))))))
                {
                    start = t;
                    break;
                }
            }

            if (start < range.Start && !IsTitleCase(document, sentence))
            {
                ranges[i] = (new TokenRange(start, range.End), type);
            }
        }
    }

    /// <summary>
    /// "the National Arts and Crafts Museum", "the Soil and Water Council": the recogniser often starts such a name
    /// after its inner "and". Capitalised words between "the" and that "and", in front of an institution or building,
    /// are taken in; so is a name the recogniser cut there ("the House Oversight" + "Reform Committee"), when that left
    /// half ends in no institution word of its own and the knowledge base does not know it as a name.
    /// </summary>
    public void ExtendOverInnerAnd(Document document, List<(TokenRange Range, EntityType Type)> ranges)
    {
        for (var i = 0; i < ranges.Count; i++)
        {
            var (range, type) = ranges[i];
            var and = range.Start - 1;
            if (range.IsEmpty || type is EntityType.PERSON or EntityType.NORP || and < 2 || document.TextOf(and) is not "and"
                || !IsCoordinatedHead(document.TextOf(range.End - 1)))
            {
                continue;
            }

            var start = and;
            var left = ranges.FindIndex(o => !o.Range.IsEmpty && o.Range.End == and && o.Type is not (EntityType.PERSON or EntityType.NORP));
            if (left >= 0 && IsOpenHalf(document, ranges[left].Range))
            {
                start = ranges[left].Range.Start;
            }

            while (left < 0 && start - 1 > 0 && and - start < 3 && IsInnerWord(document.TextOf(start - 1)) && !ranges.Exists(o => !o.Range.IsEmpty && o.Range.Start <= start - 1 && start - 1 < o.Range.End))
            {
                start--;
            }

            if (start < and && document.TextOf(start - 1) is "the" or "The" && document.SentenceIndexOf(start - 1) == document.SentenceIndexOf(range.Start))
            {
                ranges[i] = (new TokenRange(start, range.End), type);
            }
        }
    }

    // Words that follow a title and belong to it ("Bishop Emeritus", "President Elect"), never a given name.
    private static bool IsPostTitle(ReadOnlySpan<char> word) => word is "Emeritus" or "Emerita" or "Elect" or "Designate";

    // "the National Oceanic and Atmospheric Administration", "the Fish and Wildlife Service": agencies' heads too.
    private static bool IsCoordinatedHead(ReadOnlySpan<char> word) =>
        IsInstitutionHead(word) || MentionTyper.IsOrganisationWord(word) || word is "Administration" or "Service" or "Office";

    // "House Oversight" before "and Reform Committee": capitalised words, none an institution's head, no known name.
    private bool IsOpenHalf(Document document, TokenRange half)
    {
        if (half.Length > 3 || IsCoordinatedHead(document.TextOf(half.End - 1)) || !_kb.Lookup(document.TextOf(document.CharRange(half))).IsEmpty)
        {
            return false;
        }

        for (var t = half.Start; t < half.End; t++)
        {
            if (!IsInnerWord(document.TextOf(t)) || SurfaceCues.IsAllCapitals(document.TextOf(t)))
            {
                return false;
            }
        }

        return true;
    }

    // Title words are welcome here ("the National Arts and Crafts Museum"): "the" and the head word bound the name.
    private static bool IsInnerWord(ReadOnlySpan<char> word) =>
        SurfaceCues.StartsUpper(word) && SurfaceCues.IsWord(word) && !SurfaceCues.IsDeterminer(word) && !SurfaceCues.IsSentenceOpener(word);

    private static bool HasInstitutionHead(Document document, TokenRange range)
    {
        var last = document.TextOf(range.End - 1);
        return IsInstitutionHead(last) || MentionTyper.IsOrganisationWord(last);
    }

    private static bool IsInstitutionHead(ReadOnlySpan<char> word) =>
        SurfaceCues.IsFacilityHead(word) || word is "Institute" or "Foundation" or "Society" or "Association" or "Council" or "Commission"
            or "Committee" or "Academy" or "Museum";

    private bool IsLooseNameWord(Document document, int t, EntityType type)
    {
        var word = document.TextOf(t);
        if (!SurfaceCues.StartsUpper(word) || !SurfaceCues.IsWord(word) || SurfaceCues.IsTitleWord(word) || SurfaceCues.IsPersonalTitle(word)
            || SurfaceCues.IsSentenceOpener(word) || SurfaceCues.IsDeterminer(word) || SurfaceCues.IsAllCapitals(word) || RecogniserSpans.IsInterjection(word))
        {
            return false;
        }

        foreach (var candidate in _kb.Lookup(word))
        {
            // "Russian President", "Kenyan Interior Ministry": a nationality or a country in front is a modifier.
            if (candidate.Form is SurfaceForm.Adjective or SurfaceForm.Demonym || (type == EntityType.PERSON && candidate.Entry is Country))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsKnownPlace(Document document, TokenRange range)
    {
        foreach (var candidate in _kb.Lookup(document.TextOf(document.CharRange(range))))
        {
            if (candidate.Entry is Country)
            {
                return true;
            }
        }

        return false;
    }

    // A headline in title case capitalises every word but the short function words; a capitalised word there says
    // nothing about names. A sentence dense with names still writes its verbs in lower case ("would be relocated").
    private static bool IsTitleCase(Document document, TokenRange sentence)
    {
        int words = 0, capitalised = 0, lowerContent = 0;
        for (var t = sentence.Start; t < sentence.End; t++)
        {
            var word = document.TextOf(t);
            if (word.Length > 0 && char.IsLetter(word[0]))
            {
                words++;
                capitalised += char.IsUpper(word[0]) ? 1 : 0;
                lowerContent += char.IsLower(word[0]) && word.Length > 4 && !SurfaceCues.IsNameConnector(word) ? 1 : 0;
            }
        }

        return words >= 4 && capitalised * 10 >= words * 6 && lowerContent <= 1;
    }
}
