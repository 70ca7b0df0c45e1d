using Chronicle.Actors;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// Clusters an article's mentions into entities with sieves in the style of Lee et al. (2013), most precise first:
/// knowledge-base identity, exact name, "Name (ACRONYM)", person name parts ("Putin", "Jinping"), acronyms of
/// longer names, then definite descriptions that pick out exactly one entity, and nationality words as aliases of a
/// country already in the article. Each sieve only merges; later sieves see earlier merges.
/// </summary>
internal sealed class MentionClusterer(ActorKnowledgeBase knowledgeBase)
{
    private readonly ActorKnowledgeBase _kb = knowledgeBase;
    private int[] _parent = [];
    private string?[] _initials = [];
    private NameGender[] _genders = [];

    public List<List<int>> Cluster(Document document, List<ResolverMention> mentions, DateOnly date)
    {
        _parent = new int[mentions.Count];
        for (var i = 0; i < _parent.Length; i++)
        {
            _parent[i] = i;
        }

        _initials = new string?[mentions.Count];
        _genders = new NameGender[mentions.Count];
        for (var m = 0; m < mentions.Count; m++)
        {
            if (mentions[m].Kind == MentionKind.Name && mentions[m].Type == EntityType.PERSON)
            {
                _genders[m] = MentionGender.Of(document, mentions[m], GivenNames.Default);
            }
        }

        MergeByIdentity(mentions);
        MergeExactNames(mentions);
        MergeParentheticalAcronyms(document, mentions);
        MergeNameParts(mentions);
        MergeCuedNames(mentions);
        MergeSpellingVariants(mentions);
        MergeOrganisationCores(document, mentions);
        MergeAcronyms(mentions);
        MergeDescriptions(mentions, date);

        var byRoot = new Dictionary<int, List<int>>();
        var clusters = new List<List<int>>();
        for (var m = 0; m < mentions.Count; m++)
        {
            if (mentions[m].Kind != MentionKind.Name)
            {
                continue;
            }

            var root = Find(m);
            if (!byRoot.TryGetValue(root, out var members))
            {
                members = [];
                byRoot.Add(root, members);
                clusters.Add(members);
            }
        }

        // Descriptions and nationality words join a cluster founded by a name; alone they found nothing.
        for (var m = 0; m < mentions.Count; m++)
        {
            if (byRoot.TryGetValue(Find(m), out var members))
            {
                members.Add(m);
            }
        }

        AttachNationalities(mentions, clusters);
        foreach (var members in clusters)
        {
            members.Sort();
            foreach (var m in members)
            {
                mentions[m].Cluster = clusters.IndexOf(members);
            }
        }

        return clusters;
    }

    /// <summary>The knowledge-base entry a mention stands for as an entity: a metonymic capital is its country.</summary>
    internal static ActorEntry? IdentityOf(ResolverMention mention) =>
        mention.Entry is Country && mention.Form is SurfaceForm.Capital or SurfaceForm.City && !mention.IsMetonymic
            ? null
            : mention.Entry;

    private void MergeByIdentity(List<ResolverMention> mentions)
    {
        var first = new Dictionary<ActorEntry, int>(ReferenceEqualityComparer.Instance);
        for (var m = 0; m < mentions.Count; m++)
        {
            if (mentions[m].Kind != MentionKind.Name || IdentityOf(mentions[m]) is not { } entry)
            {
                continue;
            }

            if (first.TryGetValue(entry, out var earlier))
            {
                Union(earlier, m);
            }
            else
            {
                first.Add(entry, m);
            }
        }
    }

    private void MergeExactNames(List<ResolverMention> mentions)
    {
        var first = new Dictionary<(int, bool, string), int>(MentionNameKeyComparer.Instance);
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Kind != MentionKind.Name)
            {
                continue;
            }

            if (NameForms.IsSharedNamePart(mentions, m))
            {
                // "Mohamed" when both Ahmed Mohamed and Elhassan Mohamed are named: each use is resolved on its own.
                continue;
            }

            // A name of several words is one entity whatever types the recogniser gave its uses ("Transport Canada").
            var key = (mention.Tokens.Length > 1 && mention.Entry is null ? -1 : TypeClass(mention.Type), mention.IsMetonymic, mention.Text);
            if (first.TryGetValue(key, out var earlier))
            {
                if (CompatibleEntries(mentions, earlier, m))
                {
                    Union(earlier, m);
                }
            }
            else
            {
                first.Add(key, m);
            }
        }
    }

    /// <summary>
    /// "Marten Olsby" and "Martin Olsby", "Agnes Hollingworth" and "Ms Holingworth": articles misspell names, so a
    /// person named with the same surname and a given name one letter off, or by a lone word a letter or two off the
    /// surname of exactly one person, is that person.
    /// </summary>
    private void MergeSpellingVariants(List<ResolverMention> mentions)
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
                if (o == m || full.Kind != MentionKind.Name || full.Type != EntityType.PERSON || full.Tokens.Length < 2 || Find(o) == Find(m)
                    || !NameForms.IsSpellingVariant(variant.Text, full.Text) || MentionGender.Conflict(_genders[m], _genders[o]))
                {
                    continue;
                }

                if (match >= 0 && Find(match) != Find(o))
                {
                    match = -2;
                    break;
                }

                match = o;
            }

            if (match >= 0)
            {
                Union(match, m);
            }
        }
    }

    // A lone surname already clustered with a full name is no misspelling of another.
    private bool HasFullName(List<ResolverMention> mentions, int m)
    {
        var root = Find(m);
        for (var o = 0; o < mentions.Count; o++)
        {
            if (mentions[o].Tokens.Length >= 2 && mentions[o].Kind == MentionKind.Name && Find(o) == root)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Danish Lutheran Church" and "Lutheran Church", "Brazilian Superior Court of Justice" and "Superior Court",
    /// "Harbour Choir of Wales" and "Harbour Choir": an organisation named with its country in front or an "of"
    /// complement behind is the organisation named without them, when exactly one longer name has that core.
    /// </summary>
    private void MergeOrganisationCores(Document document, List<ResolverMention> mentions)
    {
        Dictionary<string, int>? cores = null;
        var ambiguous = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var m = 0; m < mentions.Count; m++)
        {
            var full = mentions[m];
            if (full.Kind != MentionKind.Name || full.Type is not (EntityType.ORG or EntityType.FAC) || full.Tokens.Length < 3)
            {
                continue;
            }

            var core = CoreOf(document, full.Tokens);
            if (core == full.Tokens && full.Type == EntityType.FAC && SurfaceCues.IsFacilityHead(document.TextOf(core.End - 1)))
            {
                // "Lindqvist Memorial" for "Lindqvist Memorial Hall": the building without its head word.
                core = new TokenRange(core.Start, core.End - 1);
            }

            if (core.Length < 2 || core == full.Tokens)
            {
                continue;
            }

            var text = document.TextOf(document.CharRange(core)).ToString();
            cores ??= new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            if (cores.TryGetValue(text, out var other) && Find(other) != Find(m))
            {
                ambiguous.Add(text);
            }
            else
            {
                cores.TryAdd(text, m);
            }
        }

        if (cores is null)
        {
            return;
        }

        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Kind == MentionKind.Name && mention.Type is EntityType.ORG or EntityType.FAC && mention.Tokens.Length >= 2
                && cores.TryGetValue(mention.Text, out var full) && !ambiguous.Contains(mention.Text) && CompatibleEntries(mentions, full, m))
            {
                Union(full, m);
            }
        }
    }

    /// <summary>An organisation's name without a leading country or nationality word and without a trailing "of"/"for" complement.</summary>
    private TokenRange CoreOf(Document document, TokenRange name)
    {
        var start = name.Start;
        for (var length = Math.Min(3, name.Length - 1); length >= 1; length--)
        {
            if (IsCountryWord(document.TextOf(document.CharRange(new TokenRange(name.Start, name.Start + length)))))
            {
                start = name.Start + length;
                break;
            }
        }

        var end = name.End;
        for (var t = start + 1; t < end; t++)
        {
            if (document.TextOf(t) is "of" or "for")
            {
                end = t;
                break;
            }
        }

        return new TokenRange(start, end);
    }

    private bool IsCountryWord(ReadOnlySpan<char> word)
    {
        foreach (var candidate in _kb.Lookup(word))
        {
            if (candidate.Entry is Country && candidate.Form is SurfaceForm.Name or SurfaceForm.Alias or SurfaceForm.Acronym or SurfaceForm.Adjective)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"International Criminal Court (ICC)": the acronym in brackets right after a name is that name.</summary>
    private void MergeParentheticalAcronyms(Document document, List<ResolverMention> mentions)
    {
        for (var m = 1; m < mentions.Count; m++)
        {
            var acronym = mentions[m];
            var name = mentions[m - 1];
            if (acronym.Kind != MentionKind.Name || name.Kind != MentionKind.Name
                || acronym.Tokens.Start != name.Tokens.End + 1 || acronym.Tokens.Start == 0 || acronym.Tokens.End >= document.Tokens.Length)
            {
                continue;
            }

            if (acronym.Tokens.Length == 1 && document.TextOf(acronym.Tokens.Start - 1) is "(" && document.TextOf(acronym.Tokens.End) is ")" && SurfaceCues.IsAllCapitals(acronym.Text))
            {
                Union(m - 1, m);
            }
            else if (IsBracketedOtherName(document, name, acronym))
            {
                name.Type = acronym.Type;
                name.HasTypeCue = true;
                Union(m - 1, m);
            }
        }
    }

    /// <summary>
    /// "the Yeni Camiisi (New Mosque)": a building's or an institution's other name in brackets right after a
    /// name that "the" introduces (so no person's) is that name, and gives it its type.
    /// </summary>
    private static bool IsBracketedOtherName(Document document, ResolverMention name, ResolverMention other)
    {
        var before = name.Tokens.Start - 1;
        return document.TextOf(other.Tokens.Start - 1) is "(" && document.TextOf(other.Tokens.End) is ")"
            && other.Type is EntityType.FAC or EntityType.ORG && name.Entry is null && other.Entry is null
            && before >= 0 && document.TextOf(before) is "the" or "The";
    }

    /// <summary>
    /// "Putin", "Jinping": a one-word person name joins the one full name it ends (surname) or, failing that, starts
    /// (a given name used alone in headlines). "Nations", "Court": a one-word name joins the one longer name it ends
    /// (head match).
    /// </summary>
    private void MergeNameParts(List<ResolverMention> mentions)
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
                Union(match, m);
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
        var rootA = Find(a);
        var rootB = Find(b);
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

            var root = Find(m);
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
    private void MergeCuedNames(List<ResolverMention> mentions)
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
                Union(anchor, m);
            }
        }
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
                || (!personsOnly && TypeClass(full.Type) != TypeClass(part.Type) && part.Type is not (EntityType.PERSON or EntityType.EVENT)))
            {
                continue;
            }

            // "Arezzo" is no part of "Municipality of Arezzo" the way "Fair" is of "Northfield Science Fair": after a
            // connector the last word names something else.
            // "Mrs. Brandt" is no surname of "Konrad Brandt" when Anna Brandt is named too, or when no one else is.
            if (NameForms.IsNamePart(part.Text, full.Text, lastWord) && (personsOnly || !lastWord || !NameForms.EndsInComplement(full.Text))
                && !MentionGender.Conflict(_genders[m], _genders[o]))
            {
                if (match >= 0 && Find(match) != Find(o))
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

    /// <summary>"ICC" and "International Criminal Court" when nothing else in the article has those initials.</summary>
    private void MergeAcronyms(List<ResolverMention> mentions)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            var acronym = mentions[m];
            if (acronym.Kind != MentionKind.Name || acronym.Tokens.Length != 1 || !SurfaceCues.IsAllCapitals(acronym.Text))
            {
                continue;
            }

            var letters = NameForms.LettersOf(acronym.Text);
            var match = -1;
            for (var o = 0; o < mentions.Count; o++)
            {
                var full = mentions[o];
                if (o == m || full.Kind != MentionKind.Name || full.Tokens.Length < 2 || TypeClass(full.Type) != TypeClass(acronym.Type) && acronym.Entry is not null)
                {
                    continue;
                }

                _initials[o] ??= NameForms.Initials(full.Text);
                if (_initials[o]!.Equals(letters, StringComparison.Ordinal))
                {
                    if (match >= 0 && Find(match) != Find(o))
                    {
                        match = -2;
                        break;
                    }

                    match = o;
                }
            }

            if (match >= 0 && CompatibleEntries(mentions, match, m))
            {
                acronym.Type = mentions[match].Type;
                Union(match, m);
            }
        }
    }

    /// <summary>A description joins the entity of its office holder, else the one entity with its country and function.</summary>
    private void MergeDescriptions(List<ResolverMention> mentions, DateOnly date)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            var description = mentions[m];
            if (description.Kind != MentionKind.Description)
            {
                continue;
            }

            var match = -1;
            for (var o = 0; o < mentions.Count; o++)
            {
                var candidate = mentions[o];
                if (candidate.Kind != MentionKind.Name || candidate.Type != description.Type)
                {
                    continue;
                }

                var fits = description.Entry is not null
                    ? ReferenceEquals(candidate.Entry, description.Entry)
                    : Fits(candidate, description, date);
                if (!fits)
                {
                    continue;
                }

                if (match >= 0 && Find(match) != Find(o))
                {
                    match = -2;
                    break;
                }

                match = o;
            }

            if (match >= 0)
            {
                Union(match, m);
            }
        }
    }

    // "the Chinese leader": a person leading that country at the date; "the US daily": a US media organisation.
    private static bool Fits(ResolverMention candidate, ResolverMention description, DateOnly date)
    {
        if (candidate.Entry is Person person && person.TermAt(date) is { } term)
        {
            return term.Country == description.CueCountry
                && (description.CueSector is null or "GOV" ? term.Kind is OfficeKind.HeadOfState or OfficeKind.HeadOfGovernment : term.Actor.HasSector(description.CueSector));
        }

        var country = candidate.Entry?.Country ?? candidate.CueCountry;
        var actor = candidate.Entry switch
        {
            Organisation organisation => organisation.Actor,
            SeatOfPower seat => seat.Actor,
            _ => candidate.CueActor,
        };
        var sector = actor?.SectorCount > 0 ? actor.Value.Sector(actor.Value.SectorCount - 1) : candidate.CueSector;
        return country == description.CueCountry && sector is not null && sector == description.CueSector;
    }

    /// <summary>
    /// "Russian", "Russians": aliases of the country when it is in the article. Otherwise a plural demonym ("Greeks")
    /// names a group of people, one entity per form (GUM annotates such groups as persons); adjectives name nothing.
    /// </summary>
    private void AttachNationalities(List<ResolverMention> mentions, List<List<int>> clusters)
    {
        var countryCluster = new Dictionary<ActorEntry, List<int>>(ReferenceEqualityComparer.Instance);
        foreach (var members in clusters)
        {
            foreach (var m in members)
            {
                if (mentions[m].Kind == MentionKind.Name && mentions[m].Entry is Country or Region && IdentityOf(mentions[m]) is { } entry)
                {
                    countryCluster.TryAdd(entry, members);
                }
            }
        }

        var groups = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Kind != MentionKind.Nationality || mention.Entry is not { } entry)
            {
                continue;
            }

            if (countryCluster.TryGetValue(entry, out var members))
            {
                members.Add(m);
            }
            else if (mention.Form == SurfaceForm.Demonym && mention.Text.EndsWith('s') && SurfaceCues.StartsUpper(mention.Text))
            {
                if (!groups.TryGetValue(mention.Text, out var group))
                {
                    group = [];
                    groups.Add(mention.Text, group);
                    clusters.Add(group);
                }

                group.Add(m);
            }
        }
    }

    private static bool CompatibleEntries(List<ResolverMention> mentions, int a, int b) =>
        mentions[a].Entry is null || mentions[b].Entry is null || ReferenceEquals(IdentityOf(mentions[a]), IdentityOf(mentions[b]));

    internal static int TypeClass(EntityType type) => type is EntityType.LOC or EntityType.FAC ? (int)EntityType.GPE : (int)type;

    private int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }

        return x;
    }

    private void Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra != rb)
        {
            // The earlier mention stays the root so clusters keep article order.
            if (ra < rb)
            {
                _parent[rb] = ra;
            }
            else
            {
                _parent[ra] = rb;
            }
        }
    }
}
