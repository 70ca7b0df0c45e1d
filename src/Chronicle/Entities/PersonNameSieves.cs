using Chronicle.Actors;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// The clusterer's sieves for people's names (<see cref="MentionClusterer"/>): name parts ("Putin", "Jinping"), names
/// whose type one use settled, and misspellings; a title's gender keeps "Mrs. Brandt" from a man of that surname.
/// </summary>
internal sealed class PersonNameSieves(MentionUnion union, NameGender[] genders)
{
    private readonly MentionUnion _union = union;
    private readonly NameGender[] _genders = genders;

    /// <summary>
    /// "Marten Olsby" and "Martin Olsby", "Agnes Hollingworth" and "Ms Holingworth": articles misspell names, so a
    /// person named with the same surname and a given name one letter off, or by a lone word a letter or two off the
    /// surname of exactly one person, is that person.
    /// </summary>
    public void MergeSpellingVariants(List<ResolverMention> mentions)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            var variant = mentions[m];
            if (variant.Kind != MentionKind.Name || variant.Type != EntityType.PERSON || variant.Entry is not null
                || (variant.Tokens.Length == 1 && HasFullName(mentions, m)))
            {
                continue;
            }

            var match = -1;
            for (var o = 0; o < mentions.Count; o++)
            {
                var full = mentions[o];
                if (o == m || full.Kind != MentionKind.Name || full.Type != EntityType.PERSON || full.Tokens.Length < 2 || _union.Find(o) == _union.Find(m)
                    || !NameForms.IsSpellingVariant(variant.Text, full.Text) || MentionGender.Conflict(_genders[m], _genders[o]))
                {
                    continue;
                }

                if (match >= 0 && _union.Find(match) != _union.Find(o))
                {
                    match = -2;
                    break;
                }

                match = o;
            }

            if (match >= 0)
            {
                _union.Union(match, m);
            }
        }
    }

    // A lone surname already clustered with a full name is no misspelling of another.
    private bool HasFullName(List<ResolverMention> mentions, int m)
    {
        var root = _union.Find(m);
        for (var o = 0; o < mentions.Count; o++)
        {
            if (mentions[o].Tokens.Length >= 2 && mentions[o].Kind == MentionKind.Name && _union.Find(o) == root)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Putin", "Jinping": a one-word person name joins the one full name it ends (surname) or, failing that, starts
    /// (a given name used alone in headlines). "Nations", "Court": a one-word name joins the one longer name it ends
    /// (head match).
    /// </summary>
    public void MergeNameParts(List<ResolverMention> mentions)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            var part = mentions[m];
            if (part.Kind != MentionKind.Name || part.Tokens.Length != 1 || part.Entry is Country or Organisation or SeatOfPower or Region)
            {
                continue;
            }

            var match = FindUniqueWhole(mentions, m, lastWord: true, personsOnly: part.Type == EntityType.PERSON);
            if (match == -1 && part.Type == EntityType.PERSON)
            {
                match = FindUniqueWhole(mentions, m, lastWord: false, personsOnly: true);
            }

            if (match >= 0 && !NamesDifferentPeople(mentions, match, m))
            {
                part.Type = mentions[match].Type;
                _union.Union(match, m);
            }
        }
    }

    /// <summary>
    /// True when the clusters of <paramref name="a"/> and <paramref name="b"/> each hold a full person name and no two
    /// of those names share their first word: "Obama", already the president by the knowledge base, is no part of
    /// "Michelle Obama" named just before it, and joining them would make husband and wife one entity.
    /// </summary>
    private bool NamesDifferentPeople(List<ResolverMention> mentions, int a, int b)
    {
        var rootA = _union.Find(a);
        var rootB = _union.Find(b);
        if (rootA == rootB)
        {
            return false;
        }

        List<string>? givenA = null;
        List<string>? givenB = null;
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Kind != MentionKind.Name || mention.Type != EntityType.PERSON || mention.Tokens.Length < 2)
            {
                continue;
            }

            var root = _union.Find(m);
            var first = FirstWord(mention.Text);
            if (root == rootA)
            {
                (givenA ??= []).Add(first);
            }
            else if (root == rootB)
            {
                (givenB ??= []).Add(first);
            }
        }

        return givenA is not null && givenB is not null
            && !givenA.Exists(x => givenB.Exists(y => string.Equals(x, y, StringComparison.OrdinalIgnoreCase)));
    }

    private static string FirstWord(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? name : name[..space];
    }

    /// <summary>
    /// "Dayton, Ohio … a former resident of Dayton": the same name the recogniser typed two ways is one
    /// entity when the words around one use settled its type (<see cref="MentionTyper"/>); that type then wins the
    /// entity's vote. Without such a cue the readings stay apart ("a blue Rosalind" and "Rosalind said").
    /// </summary>
    public void MergeCuedNames(List<ResolverMention> mentions)
    {
        var cued = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Kind == MentionKind.Name && mention.HasTypeCue && mention.Entry is null)
            {
                cued.TryAdd(mention.Text, m);
            }
        }

        if (cued.Count == 0)
        {
            return;
        }

        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Kind == MentionKind.Name && mention.Entry is null && !mention.IsNested && cued.TryGetValue(mention.Text, out var anchor)
                && mentions[anchor].Type != mention.Type && !NameForms.IsSharedNamePart(mentions, m))
            {
                _union.Union(anchor, m);
            }
        }
    }

    /// <summary>
    /// "Velmora" typed a place in ten uses and a person in one: a name the recogniser typed as a place or an
    /// organisation at least three times as often as it typed it a person (and three times at least) is one entity of
    /// that type; the stray person readings are the recogniser's slips. Names typed about evenly stay apart
    /// (<see cref="MergeCuedNames"/>).
    /// </summary>
    public void MergeDominantReadings(List<ResolverMention> mentions)
    {
        var uses = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Kind == MentionKind.Name && mention.Entry is null && !mention.IsNested && !NameForms.IsSharedNamePart(mentions, m))
            {
                if (!uses.TryGetValue(mention.Text, out var list))
                {
                    list = [];
                    uses.Add(mention.Text, list);
                }

                list.Add(m);
            }
        }

        Span<int> counts = stackalloc int[Enum.GetValues<EntityType>().Length];
        foreach (var list in uses.Values)
        {
            if (list.Count < 4)
            {
                continue;
            }

            counts.Clear();
            foreach (var m in list)
            {
                counts[(int)mentions[m].Type]++;
            }

            var dominant = 0;
            for (var t = 1; t < counts.Length; t++)
            {
                dominant = counts[t] > counts[dominant] ? t : dominant;
            }

            // Only a stray person reading is taken for a slip: the recogniser's person is its guess for any unknown
            // capitalised word, while a lone organisation or place reading among person ones is often the right one.
            var others = list.Count - counts[dominant];
            if (others == 0 || dominant == (int)EntityType.PERSON || counts[(int)EntityType.PERSON] != others || counts[dominant] < 3 || counts[dominant] < 3 * ReadingMaximum(counts, dominant)
                || IsPartOfPersonName(mentions, mentions[list[0]].Text))
            {
                continue;
            }

            var anchor = list.Find(m => (int)mentions[m].Type == dominant);
            foreach (var m in list)
            {
                mentions[m].Type = (EntityType)dominant;
                _union.Union(anchor, m);
            }
        }
    }

    // "Conway" when "Ada Conway" is named: the recogniser's place readings of her surname are its slips, not the rule.
    private static bool IsPartOfPersonName(List<ResolverMention> mentions, string word) =>
        mentions.Exists(o => o.Kind == MentionKind.Name && o.Type == EntityType.PERSON && o.Tokens.Length >= 2
            && (NameForms.IsNamePart(word, o.Text, lastWord: true) || NameForms.IsNamePart(word, o.Text, lastWord: false)));

    private static int ReadingMaximum(ReadOnlySpan<int> counts, int except)
    {
        var max = 0;
        for (var t = 0; t < counts.Length; t++)
        {
            max = t != except && counts[t] > max ? counts[t] : max;
        }

        return max;
    }

    /// <summary>The longer name (up to merges) whose last or first word the mention is; -1 none, -2 several and none before it.</summary>
    private int FindUniqueWhole(List<ResolverMention> mentions, int m, bool lastWord, bool personsOnly)
    {
        var part = mentions[m];
        var match = -1;
        var nearestBefore = -1;
        var ambiguous = false;
        for (var o = 0; o < mentions.Count; o++)
        {
            var full = mentions[o];
            if (full.Kind != MentionKind.Name || full.Tokens.Length < 2 || (personsOnly && full.Type != EntityType.PERSON)
                || (!personsOnly && MentionClusterer.TypeClass(full.Type) != MentionClusterer.TypeClass(part.Type) && part.Type is not (EntityType.PERSON or EntityType.EVENT)))
            {
                continue;
            }

            // "Arezzo" is no part of "Municipality of Arezzo" the way "Fair" is of "Northfield Science Fair": after a
            // connector the last word names something else.
            // "Mrs. Brandt" is no surname of "Konrad Brandt" when Anna Brandt is named too, or when no one else is.
            if (NameForms.IsNamePart(part.Text, full.Text, lastWord) && (personsOnly || !lastWord || !NameForms.EndsInComplement(full.Text))
                && !MentionGender.Conflict(_genders[m], _genders[o]))
            {
                if (match >= 0 && _union.Find(match) != _union.Find(o))
                {
                    ambiguous = true;
                }

                match = o;
                if (full.Tokens.Start < part.Tokens.Start)
                {
                    nearestBefore = o;
                }
            }
        }

        // Several people share the word: the nearest one named before it, as a reader would take it; none before, none.
        return !ambiguous ? match : nearestBefore >= 0 ? nearestBefore : -2;
    }
}
