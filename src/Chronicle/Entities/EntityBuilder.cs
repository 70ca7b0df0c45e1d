using System.Globalization;
using Chronicle.Actors;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// Turns a cluster of mentions into the entity record: the fullest proper name, every other surface form as an
/// alias, the type the knowledge base gives, and the country, actor code and role at the article's date.
/// </summary>
internal sealed class EntityBuilder(ActorKnowledgeBase knowledgeBase)
{
    /// <summary>How many recogniser guesses one type cue outweighs.</summary>
    private const int CueWeight = 3;

    private readonly ActorKnowledgeBase _kb = knowledgeBase;

    public ResolvedEntity Build(List<ResolverMention> mentions, List<int> members, DateOnly date)
    {
        ResolverMention? named = null;
        ActorEntry? entry = null;
        foreach (var m in members)
        {
            var mention = mentions[m];
            if (mention.Kind != MentionKind.Name)
            {
                continue;
            }

            if (named is null || IsFuller(mention, named))
            {
                named = mention;
            }

            entry ??= MentionClusterer.IdentityOf(mention);
        }

        if (named is null)
        {
            return GroupOfNationals(mentions, members);
        }

        // "Abe Lindqvist … Abe said": a short form matched a known person ("Shinzo Abe"), but the cluster's full name ends
        // in a word none of that person's names has, so it is someone else and takes none of that person's codes.
        if (entry is Person person && named.Tokens.Length >= 2 && !IsNameOf(named.Text, person))
        {
            entry = null;
        }

        var place = entry is null ? PlaceEntry(mentions, members) : null;
        var type = TypeOf(entry, place, mentions, members);
        var name = CanonicalName(entry, named);
        var (country, actor, role) = Codes(entry ?? place, mentions, members, date);

        // GUM annotates a group of people ("Muslims", "Democrats") as a person mention; the recogniser's NORP is such a group.
        var group = type == EntityType.NORP;
        return new ResolvedEntity
        {
            Name = name,
            Type = group ? EntityType.PERSON : type,
            IsGroup = group,
            Aliases = Aliases(name, mentions, members),
            Mentions = [.. members.Select(m => mentions[m].Characters).Distinct().Order(Comparer<TextRange>.Create((a, b) => a.Start.CompareTo(b.Start)))],
            Country = country,
            Actor = actor,
            Role = role,
        };
    }

    /// <summary>"Greeks" in an article that never names Greece: the people, a group, with the country's codes.</summary>
    private static ResolvedEntity GroupOfNationals(List<ResolverMention> mentions, List<int> members)
    {
        var first = mentions[members[0]];
        var country = first.Entry as Country;
        return new ResolvedEntity
        {
            Name = first.Text,
            Type = EntityType.PERSON,
            IsGroup = true,
            Aliases = Aliases(first.Text, mentions, members),
            Mentions = [.. members.Select(m => mentions[m].Characters).Distinct().Order(Comparer<TextRange>.Create((a, b) => a.Start.CompareTo(b.Start)))],
            Country = country?.Code,
            Actor = country?.Actor,
        };
    }

    /// <summary>Whether the last word of <paramref name="text"/> is a word of the person's name or of an alias (accents aside).</summary>
    private static bool IsNameOf(string text, Person person)
    {
        var last = text.AsSpan(text.LastIndexOf(' ') + 1);
        if (HasWord(person.Name, last))
        {
            return true;
        }

        foreach (var alias in person.Aliases)
        {
            if (HasWord(alias, last))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasWord(string name, ReadOnlySpan<char> word)
    {
        foreach (var range in name.AsSpan().Split(' '))
        {
            if (CultureInfo.InvariantCulture.CompareInfo.Compare(name.AsSpan()[range], word, CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    // A name without a title beats one with ("Vladimir Putin" over "President Putin"), then more words, then more letters.
    private static bool IsFuller(ResolverMention candidate, ResolverMention current)
    {
        var candidateTitled = StartsWithTitle(candidate.Text);
        var currentTitled = StartsWithTitle(current.Text);
        if (candidateTitled != currentTitled)
        {
            return !candidateTitled;
        }

        return candidate.Tokens.Length > current.Tokens.Length
            || (candidate.Tokens.Length == current.Tokens.Length && candidate.Text.Length > current.Text.Length);
    }

    private static bool StartsWithTitle(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && SurfaceCues.IsPersonalTitle(text.AsSpan(0, space));
    }

    private static string CanonicalName(ActorEntry? entry, ResolverMention named) => entry switch
    {
        // People by the article's fullest spelling ("Volodymyr Zelenskiy"), unless it gave only a surname.
        Person person => named.Tokens.Length >= 2 ? named.Text : person.Name,
        not null => entry.Name,
        _ => named.Text,
    };

    /// <summary>A capital or city used as a place: its country, for the codes.</summary>
    private static Country? PlaceEntry(List<ResolverMention> mentions, List<int> members)
    {
        foreach (var m in members)
        {
            if (mentions[m].Entry is Country country)
            {
                return country;
            }
        }

        return null;
    }

    private static EntityType TypeOf(ActorEntry? entry, Country? place, List<ResolverMention> mentions, List<int> members)
    {
        switch (entry)
        {
            case Person:
                return EntityType.PERSON;
            case Organisation:
                return EntityType.ORG;
            case Country:
                return EntityType.GPE;
            case Region:
                return EntityType.LOC;
            case SeatOfPower seat:
                var acts = !seat.IsPlace || members.Exists(m => mentions[m].IsMetonymic);
                return acts ? EntityType.ORG : EntityType.FAC;
        }

        if (place is not null)
        {
            return EntityType.GPE;
        }

        // The recogniser's type by majority over the names, the first name breaking ties; a type the words around a
        // name gave (MentionTyper) outweighs the recogniser's guesses.
        Span<int> votes = stackalloc int[Enum.GetValues<EntityType>().Length];
        var best = mentions[members[0]].Type;
        foreach (var m in members)
        {
            var mention = mentions[m];
            if (mention.Kind == MentionKind.Name && (votes[(int)mention.Type] += mention.HasTypeCue ? CueWeight : 1) > votes[(int)best])
            {
                best = mention.Type;
            }
        }

        return best;
    }

    private (string? Country, ActorCode? Actor, string? Role) Codes(ActorEntry? entry, List<ResolverMention> mentions, List<int> members, DateOnly date)
    {
        string? statedRole = null;
        string? cueCountry = null;
        string? cueSector = null;
        ActorCode? cueActor = null;
        Organisation? affiliation = null;
        foreach (var m in members)
        {
            var mention = mentions[m];
            if (mention.Kind == MentionKind.Name)
            {
                statedRole ??= mention.Role;
                cueCountry ??= mention.CueCountry;
                cueSector ??= mention.CueSector;
                cueActor ??= mention.CueActor;
                if (mention.Affiliation?.Entry is Organisation organisation)
                {
                    affiliation ??= organisation;
                }
            }
        }

        switch (entry)
        {
            case Person person when person.TermAt(date) is { } term:
                // A stated role that names the office ("Russian President") wins; "counterpart" or "leader" does not.
                var role = statedRole is not null && statedRole.Contains(term.Office, StringComparison.OrdinalIgnoreCase) ? statedRole : OfficeLabel(term);
                return (term.Country, term.Actor, role);
            case Organisation organisation:
                return (organisation.Country, organisation.Actor, statedRole);
            case SeatOfPower seat:
                return (seat.Country, seat.Actor, null);
            case Country country:
                return (country.Code, country.Actor, null);
            case Region region:
                return (null, region.Actor, null);
        }

        if (affiliation is not null)
        {
            return (affiliation.Country ?? cueCountry, affiliation.Actor, statedRole);
        }

        var countryCode = cueCountry ?? entry?.Country;
        if (cueActor is { } actor)
        {
            return (countryCode ?? (_kb.FindCountry(actor.Prefix) is { } c ? c.Code : null), actor, statedRole);
        }

        var code = countryCode is not null && cueSector is not null ? ActorCode.Create(countryCode, cueSector) : countryCode is not null && _kb.FindCountry(countryCode) is { } bare ? bare.Actor : (ActorCode?)null;
        return (countryCode, code, statedRole);
    }

    private string OfficeLabel(OfficeTerm term)
    {
        if (term.Country is null || term.Office.Contains(" of ", StringComparison.Ordinal) || _kb.FindCountry(term.Country) is not { } country)
        {
            return term.Office;
        }

        return string.Concat(term.Office, " of ", country.Name);
    }

    private static List<string> Aliases(string name, List<ResolverMention> mentions, List<int> members)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { name };
        var aliases = new List<string>();
        foreach (var m in members)
        {
            var mention = mentions[m];
            if (seen.Add(mention.Text))
            {
                aliases.Add(mention.Text);
            }

            if (mention.FullForm is { } full && seen.Add(full))
            {
                aliases.Add(full);
            }
        }

        return aliases;
    }
}
