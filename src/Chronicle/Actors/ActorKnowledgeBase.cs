using System.Collections.Frozen;
using System.Reflection;

namespace Chronicle.Actors;

/// <summary>
/// The actor knowledge base: countries, seats of power, organisations, office holders, regions and sector words,
/// read once from the TSV files of <c>data/actors/</c> embedded in the assembly. Immutable and thread-safe.
/// Lookups normalise the surface form on the stack and probe frozen dictionaries through span-keyed alternate
/// lookups, so resolving a mention allocates nothing.
/// </summary>
public sealed class ActorKnowledgeBase
{
    private const string ResourcePrefix = "Chronicle.Data.actors.";

    private static readonly Lazy<ActorKnowledgeBase> _default = new(LoadEmbedded);

    private readonly FrozenDictionary<string, Country> _countriesByCode;
    private readonly FrozenDictionary<string, ActorCandidate[]>.AlternateLookup<ReadOnlySpan<char>> _names;
    private readonly FrozenDictionary<string, ActorCandidate[]>.AlternateLookup<ReadOnlySpan<char>> _namesInCapitals;
    private readonly FrozenDictionary<string, SectorTerm>.AlternateLookup<ReadOnlySpan<char>> _sectors;
    private readonly FrozenSet<string> _prefixes;
    private readonly OfficeIndex _offices;

    private ActorKnowledgeBase(ActorKnowledgeBaseParts parts)
    {
        Countries = parts.Countries.AsReadOnly();
        Seats = parts.Seats.AsReadOnly();
        Organisations = parts.Organisations.AsReadOnly();
        People = parts.People.AsReadOnly();
        Sectors = parts.Sectors.AsReadOnly();
        Regions = parts.Regions.AsReadOnly();
        Offices = parts.Offices.AsReadOnly();
        _countriesByCode = parts.Countries.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        _prefixes = parts.Countries.Select(c => c.Code)
            .Concat(ActorCodes.NonStatePrefixes)
            .Concat(parts.Regions.Select(r => r.Code))
            .ToFrozenSet(StringComparer.Ordinal);
        var index = SurfaceIndex.Build(parts);
        _names = index.Names.GetAlternateLookup<ReadOnlySpan<char>>();
        _namesInCapitals = index.NamesInCapitals.GetAlternateLookup<ReadOnlySpan<char>>();
        _offices = OfficeIndex.Build(parts.People, parts.Offices);
        _sectors = parts.Sectors.ToFrozenDictionary(s => SurfaceKey.ToKey(s.Word), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The knowledge base shipped in the assembly, loaded on first use.</summary>
    public static ActorKnowledgeBase Default => _default.Value;

    public IReadOnlyList<Country> Countries { get; }

    public IReadOnlyList<SeatOfPower> Seats { get; }

    public IReadOnlyList<Organisation> Organisations { get; }

    public IReadOnlyList<Person> People { get; }

    public IReadOnlyList<SectorTerm> Sectors { get; }

    public IReadOnlyList<Region> Regions { get; }

    public IReadOnlyList<OfficeTitle> Offices { get; }

    /// <summary>Loads the files embedded in the Chronicle assembly.</summary>
    public static ActorKnowledgeBase LoadEmbedded()
    {
        var assembly = typeof(ActorKnowledgeBase).Assembly;
        return Load(file => OpenResource(assembly, file));
    }

    /// <summary>
    /// Loads the knowledge base from readers that <paramref name="open"/> gives for each file name
    /// (countries.tsv, seats.tsv, organisations.tsv, people.tsv, sectors.tsv, regions.tsv).
    /// </summary>
    /// <exception cref="ActorDataException">A row is malformed or refers to an unknown code.</exception>
    public static ActorKnowledgeBase Load(Func<string, TextReader> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        var parts = new ActorKnowledgeBaseParts(
            Read(open, ActorTables.CountriesFile, ActorTables.ParseCountries),
            Read(open, ActorTables.SeatsFile, ActorTables.ParseSeats),
            Read(open, ActorTables.OrganisationsFile, ActorTables.ParseOrganisations),
            Read(open, ActorTables.PeopleFile, ActorTables.ParsePeople),
            Read(open, ActorTables.SectorsFile, ActorTables.ParseSectors),
            Read(open, ActorTables.RegionsFile, ActorTables.ParseRegions),
            Read(open, ActorTables.OfficesFile, ActorTables.ParseOffices));
        parts.Validate();
        return new ActorKnowledgeBase(parts);
    }

    /// <summary>The country or territory with this ISO alpha-3 code (or KOS), or null.</summary>
    public Country? FindCountry(string code) => _countriesByCode.GetValueOrDefault(code);

    /// <summary>Whether <paramref name="prefix"/> may open an actor code: a known country, a non-state code or a region.</summary>
    public bool IsKnownPrefix(string prefix) => _prefixes.Contains(prefix);

    /// <summary>Whether the code opens with a known country, non-state or region prefix.</summary>
    public bool HasKnownPrefix(ActorCode code) => _prefixes.Contains(code.Prefix);

    /// <summary>
    /// Every entry the surface form may name: countries (by name, adjective, demonym, capital or city), seats
    /// of power, organisations, people (any date) and regions. Case, punctuation, diacritics, a leading "the" and a
    /// possessive ending are ignored; short initialisms ("US", "UN", "WHO") match only when written in capitals,
    /// so "us" and "who" find nothing. Empty when nothing matches.
    /// </summary>
    public ReadOnlySpan<ActorCandidate> Lookup(ReadOnlySpan<char> surface)
    {
        var found = LookupExact(surface);
        if (found.Length > 0)
        {
            return found;
        }

        var stripped = SurfaceKey.WithoutPossessive(surface);
        return stripped.IsEmpty ? [] : LookupExact(stripped);
    }

    /// <summary>
    /// The one person the surface form names who held a recorded office on <paramref name="date"/>, with that office
    /// ("Putin" on 2009-01-01 → Prime Minister, RUSGOV). False when no such person, or when several match.
    /// </summary>
    public bool TryResolvePerson(ReadOnlySpan<char> surface, DateOnly date, out PersonRole role)
    {
        role = default;
        var found = false;
        foreach (var candidate in Lookup(surface))
        {
            if (candidate.Entry is Person person && person.TermAt(date) is { } term)
            {
                if (found && !ReferenceEquals(role.Person, person))
                {
                    role = default;
                    return false;
                }

                role = new PersonRole(person, term);
                found = true;
            }
        }

        return found;
    }

    /// <summary>
    /// Who held the office a title names in a country on a date: ("RUS", "president", 2023-03-21) → Vladimir Putin;
    /// ("USA", "defense secretary", 2003-03-20) → Donald Rumsfeld. The country's own office name is tried first
    /// (Iran's "President" is its head of government), then the kind of office the title names (offices.tsv).
    /// False when the title is unknown, nobody recorded held the office that day, or several people did.
    /// For descriptions such as "the Russian president" once the adjective has given the country.
    /// </summary>
    public bool TryFindOfficeHolder(string country, ReadOnlySpan<char> title, DateOnly date, out PersonRole holder) =>
        _offices.TryFind(country, title, date, out holder);

    /// <summary>The kind of office a title names ("premier" → head of government), if offices.tsv lists it.</summary>
    public bool TryGetOfficeKind(ReadOnlySpan<char> title, out OfficeKind kind) => _offices.TryGetKind(title, out kind);

    /// <summary>The sector a common noun names ("troops" → MIL, "the foreign ministry" → GOV).</summary>
    public bool TryGetSector(ReadOnlySpan<char> word, out SectorTerm sector)
    {
        Span<char> buffer = stackalloc char[SurfaceKey.MaxLength];
        var length = SurfaceKey.Normalize(word, buffer, out _);
        if (length > 0 && _sectors.TryGetValue(buffer[..length], out var found))
        {
            sector = found;
            return true;
        }

        sector = null!;
        return false;
    }

    private ReadOnlySpan<ActorCandidate> LookupExact(ReadOnlySpan<char> surface)
    {
        Span<char> buffer = stackalloc char[SurfaceKey.MaxLength];
        var length = SurfaceKey.Normalize(surface, buffer, out var hasLowercase);
        if (length == 0)
        {
            return [];
        }

        var key = buffer[..length];
        if (!hasLowercase && _namesInCapitals.TryGetValue(key, out var inCapitals))
        {
            return inCapitals;
        }

        return _names.TryGetValue(key, out var candidates) ? candidates : [];
    }

    private static List<T> Read<T>(Func<string, TextReader> open, string file, Func<TextReader, string, List<T>> parse)
    {
        using var reader = open(file);
        return parse(reader, file);
    }

    private static StreamReader OpenResource(Assembly assembly, string file)
    {
        var stream = assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new ActorDataException(file, 0, $"resource '{ResourcePrefix + file}' is not embedded in {assembly.GetName().Name}.");
        return new StreamReader(stream, System.Text.Encoding.UTF8);
    }
}
