using Chronicle.Actors;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// Clusters an article's mentions into entities with sieves in the style of Lee et al. (2013), most precise first:
/// knowledge-base identity, exact name, "Name (ACRONYM)", person name parts ("Putin", "Jinping"), acronyms of
/// longer names, then definite descriptions that pick out exactly one entity, and nationality words as aliases of a
/// country already in the article. Each sieve only merges; later sieves see earlier merges. The sieves for people's
/// and organisations' names live in <see cref="PersonNameSieves"/> and <see cref="OrganisationNameSieves"/>; all share
/// one <see cref="MentionUnion"/>.
/// </summary>
internal sealed class MentionClusterer(ActorKnowledgeBase knowledgeBase)
{
    private readonly ActorKnowledgeBase _kb = knowledgeBase;
    private MentionUnion _union = new(0);

    public List<List<int>> Cluster(Document document, List<ResolverMention> mentions, DateOnly date)
    {
        _union = new MentionUnion(mentions.Count);
        var genders = new NameGender[mentions.Count];
        for (var m = 0; m < mentions.Count; m++)
        {
            if (mentions[m].Kind == MentionKind.Name && mentions[m].Type == EntityType.PERSON)
            {
                genders[m] = MentionGender.Of(document, mentions[m], GivenNames.Default);
            }
        }

        var people = new PersonNameSieves(_union, genders);
        var organisations = new OrganisationNameSieves(_kb, _union);
        MergeByIdentity(mentions);
        MergeExactNames(mentions);
        organisations.MergeParentheticalAcronyms(document, mentions);
        people.MergeNameParts(mentions);
        people.MergeCuedNames(mentions);
        people.MergeDominantReadings(mentions);
        people.MergeSpellingVariants(mentions);
        organisations.MergeOrganisationCores(document, mentions);
        organisations.MergeAcronyms(mentions);
        organisations.MergeCompanyShortForms(document, mentions);
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

    internal static bool CompatibleEntries(List<ResolverMention> mentions, int a, int b) =>
        mentions[a].Entry is null || mentions[b].Entry is null || ReferenceEquals(IdentityOf(mentions[a]), IdentityOf(mentions[b]));

    internal static int TypeClass(EntityType type) => type is EntityType.LOC or EntityType.FAC ? (int)EntityType.GPE : (int)type;

    private int Find(int x) => _union.Find(x);

    private void Union(int a, int b) => _union.Union(a, b);
}
