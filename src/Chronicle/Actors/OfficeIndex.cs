using System.Collections.Frozen;

namespace Chronicle.Actors;

/// <summary>
/// Office holders of states by country and office, for "the Russian president" style descriptions. Keys are
/// "RUS|president" (country, a bar, the normalised office name) so one span-keyed probe answers; offices of
/// international bodies (no country) are not indexed here.
/// </summary>
internal sealed class OfficeIndex
{
    private const int CountryKeyLength = 4;

    private readonly FrozenDictionary<string, PersonRole[]>.AlternateLookup<ReadOnlySpan<char>> _byOffice;
    private readonly FrozenDictionary<string, PersonRole[][]> _byKind;
    private readonly FrozenDictionary<string, OfficeKind>.AlternateLookup<ReadOnlySpan<char>> _kinds;

    private OfficeIndex(
        FrozenDictionary<string, PersonRole[]> byOffice,
        FrozenDictionary<string, PersonRole[][]> byKind,
        FrozenDictionary<string, OfficeKind> kinds)
    {
        _byOffice = byOffice.GetAlternateLookup<ReadOnlySpan<char>>();
        _byKind = byKind;
        _kinds = kinds.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static OfficeIndex Build(IReadOnlyList<Person> people, IReadOnlyList<OfficeTitle> titles)
    {
        var byOffice = new Dictionary<string, List<PersonRole>>(StringComparer.Ordinal);
        var byKind = new Dictionary<string, List<PersonRole>[]>(StringComparer.Ordinal);
        var kindCount = Enum.GetValues<OfficeKind>().Length;
        foreach (var person in people)
        {
            foreach (var term in person.Terms)
            {
                if (term.Country is not { } country)
                {
                    continue;
                }

                var key = $"{country}|{SurfaceKey.ToKey(term.Office)}";
                if (!byOffice.TryGetValue(key, out var holders))
                {
                    holders = [];
                    byOffice.Add(key, holders);
                }

                holders.Add(new PersonRole(person, term));

                if (!byKind.TryGetValue(country, out var kinds))
                {
                    kinds = new List<PersonRole>[kindCount];
                    for (var i = 0; i < kinds.Length; i++)
                    {
                        kinds[i] = [];
                    }

                    byKind.Add(country, kinds);
                }

                kinds[(int)term.Kind].Add(new PersonRole(person, term));
            }
        }

        return new OfficeIndex(
            byOffice.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            byKind.ToFrozenDictionary(p => p.Key, p => p.Value.Select(l => l.ToArray()).ToArray(), StringComparer.Ordinal),
            titles.ToFrozenDictionary(t => SurfaceKey.ToKey(t.Title), t => t.Kind, StringComparer.Ordinal));
    }

    public bool TryGetKind(ReadOnlySpan<char> title, out OfficeKind kind)
    {
        Span<char> buffer = stackalloc char[SurfaceKey.MaxLength];
        var length = SurfaceKey.Normalize(title, buffer, out _);
        kind = default;
        return length > 0 && _kinds.TryGetValue(buffer[..length], out kind);
    }

    public bool TryFind(string country, ReadOnlySpan<char> title, DateOnly date, out PersonRole holder)
    {
        holder = default;
        if (country.Length != 3)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[SurfaceKey.MaxLength + CountryKeyLength];
        country.AsSpan().CopyTo(buffer);
        buffer[3] = '|';
        var length = SurfaceKey.Normalize(title, buffer[CountryKeyLength..], out _);
        if (length == 0)
        {
            return false;
        }

        if (_byOffice.TryGetValue(buffer[..(CountryKeyLength + length)], out var byOffice) && TryPickOne(byOffice, date, out holder))
        {
            return true;
        }

        return _kinds.TryGetValue(buffer.Slice(CountryKeyLength, length), out var kind)
            && _byKind.TryGetValue(country, out var byKind)
            && TryPickOne(byKind[(int)kind], date, out holder);
    }

    /// <summary>The one person holding one of these terms on the date (one person may hold two: the Saudi king is also prime minister).</summary>
    private static bool TryPickOne(PersonRole[] roles, DateOnly date, out PersonRole holder)
    {
        holder = default;
        var found = false;
        foreach (var role in roles)
        {
            if (!role.Term.Covers(date))
            {
                continue;
            }

            if (found && !ReferenceEquals(holder.Person, role.Person))
            {
                holder = default;
                return false;
            }

            holder = role;
            found = true;
        }

        return found;
    }
}
