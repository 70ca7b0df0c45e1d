using System.Collections.Frozen;

namespace Chronicle.Actors;

/// <summary>
/// Builds the surface-form dictionaries of the knowledge base. Short initialisms ("US", "UN", "WHO") go into a
/// second dictionary consulted only for forms written without lower-case letters, so the pronoun "us" and the
/// word "who" never become actors; that dictionary also holds the ordinary candidates of its keys, so one probe
/// answers.
/// </summary>
internal sealed class SurfaceIndex
{
    private SurfaceIndex()
    {
    }

    public required FrozenDictionary<string, ActorCandidate[]> Names { get; init; }

    public required FrozenDictionary<string, ActorCandidate[]> NamesInCapitals { get; init; }

    public static SurfaceIndex Build(ActorKnowledgeBaseParts parts)
    {
        var builder = new Builder();
        foreach (var country in parts.Countries)
        {
            builder.Add(country.Name, country, SurfaceForm.Name);
            foreach (var alias in country.Aliases)
            {
                builder.Add(alias, country, IsInitialism(alias) ? SurfaceForm.Acronym : SurfaceForm.Alias);
            }

            builder.AddAll(country.Adjectives, country, SurfaceForm.Adjective);
            builder.AddAll(country.Demonyms, country, SurfaceForm.Demonym);
            if (country.Capital is { } capital)
            {
                builder.Add(capital, country, SurfaceForm.Capital);
            }

            builder.AddAll(country.Cities, country, SurfaceForm.City);
        }

        foreach (var seat in parts.Seats)
        {
            builder.Add(seat.Name, seat, SurfaceForm.SeatOfPower);
            builder.AddAll(seat.Aliases, seat, SurfaceForm.SeatOfPower);
        }

        foreach (var organisation in parts.Organisations)
        {
            builder.Add(organisation.Name, organisation, SurfaceForm.Name);
            builder.AddAll(organisation.Acronyms, organisation, SurfaceForm.Acronym);
            builder.AddAll(organisation.Aliases, organisation, SurfaceForm.Alias);
        }

        foreach (var person in parts.People)
        {
            builder.Add(person.Name, person, SurfaceForm.Name);
            foreach (var alias in person.Aliases)
            {
                builder.Add(alias, person, alias.Contains(' ', StringComparison.Ordinal) ? SurfaceForm.Alias : SurfaceForm.Surname);
            }
        }

        foreach (var region in parts.Regions)
        {
            builder.Add(region.Name, region, SurfaceForm.Name);
            builder.AddAll(region.Aliases, region, SurfaceForm.Alias);
            builder.AddAll(region.Adjectives, region, SurfaceForm.Adjective);
        }

        return builder.Freeze();
    }

    private static bool IsInitialism(string alias)
    {
        foreach (var c in alias)
        {
            if (char.IsLower(c) || c == ' ')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Collects candidates per key; one entry appears once per key, under its most specific form.</summary>
    private sealed class Builder
    {
        private readonly Dictionary<string, List<ActorCandidate>> _names = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<ActorCandidate>> _initialisms = new(StringComparer.Ordinal);

        public void AddAll(IReadOnlyList<string> surfaces, ActorEntry entry, SurfaceForm form)
        {
            foreach (var surface in surfaces)
            {
                Add(surface, entry, form);
            }
        }

        public void Add(string surface, ActorEntry entry, SurfaceForm form)
        {
            var key = SurfaceKey.ToKey(surface);
            if (key.Length == 0)
            {
                return;
            }

            var target = SurfaceKey.IsCaseSensitiveAcronym(surface) ? _initialisms : _names;
            if (!target.TryGetValue(key, out var list))
            {
                list = [];
                target.Add(key, list);
            }

            foreach (var existing in list)
            {
                if (ReferenceEquals(existing.Entry, entry))
                {
                    return;
                }
            }

            list.Add(new ActorCandidate(entry, form));
        }

        public SurfaceIndex Freeze()
        {
            var inCapitals = new Dictionary<string, ActorCandidate[]>(StringComparer.Ordinal);
            foreach (var (key, list) in _initialisms)
            {
                var merged = _names.TryGetValue(key, out var ordinary) ? list.Concat(ordinary.Where(o => !list.Exists(l => ReferenceEquals(l.Entry, o.Entry)))) : list;
                inCapitals.Add(key, Order(merged));
            }

            return new SurfaceIndex
            {
                Names = _names.ToFrozenDictionary(p => p.Key, p => Order(p.Value), StringComparer.Ordinal),
                NamesInCapitals = inCapitals.ToFrozenDictionary(StringComparer.Ordinal),
            };
        }

        // Names before aliases before looser forms, so the first candidate is the likeliest reading.
        private static ActorCandidate[] Order(IEnumerable<ActorCandidate> candidates) => candidates.OrderBy(c => c.Form).ToArray();
    }
}
