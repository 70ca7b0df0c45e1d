namespace Chronicle.Actors;

/// <summary>
/// Parsers for the knowledge-base files of <c>data/actors/</c> (see its README for the columns). Each takes a
/// reader and the name to report in errors, so tests can feed strings and a bad row names its file and line.
/// </summary>
internal static class ActorTables
{
    public const string CountriesFile = "countries.tsv";
    public const string SeatsFile = "seats.tsv";
    public const string OrganisationsFile = "organisations.tsv";
    public const string PeopleFile = "people.tsv";
    public const string SectorsFile = "sectors.tsv";
    public const string RegionsFile = "regions.tsv";
    public const string OfficesFile = "offices.tsv";

    public static readonly string[] CountryColumns = ["code", "alpha2", "name", "aliases", "adjectives", "demonyms", "capital", "cities", "sovereign"];
    public static readonly string[] SeatColumns = ["name", "aliases", "actor", "place", "note"];
    public static readonly string[] OrganisationColumns = ["name", "acronyms", "aliases", "kind", "actor", "country", "note"];
    public static readonly string[] PeopleColumns = ["name", "aliases", "office", "kind", "country", "actor", "start", "end", "note"];
    public static readonly string[] SectorColumns = ["word", "sector", "note"];
    public static readonly string[] RegionColumns = ["code", "name", "aliases", "adjectives", "note"];
    public static readonly string[] OfficeColumns = ["title", "kind", "note"];

    public static List<Country> ParseCountries(TextReader reader, string source)
    {
        var countries = new List<Country>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(reader, source, CountryColumns))
        {
            var code = row.Code(0, 3);
            if (!seen.Add(code))
            {
                throw row.Error($"country code '{code}' appears twice.");
            }

            countries.Add(new Country
            {
                Code = code,
                Alpha2 = row.Code(1, 2),
                Name = row.Required(2),
                Country = code,
                Aliases = row.List(3),
                Adjectives = row.List(4),
                Demonyms = row.List(5),
                Capital = row.Optional(6),
                Cities = row.List(7),
                Sovereign = row.OptionalCode(8, 3),
            });
        }

        return countries;
    }

    public static List<SeatOfPower> ParseSeats(TextReader reader, string source)
    {
        var seats = new List<SeatOfPower>();
        foreach (var row in TsvTable.Read(reader, source, SeatColumns))
        {
            var actor = row.Actor(2);
            seats.Add(new SeatOfPower
            {
                Name = row.Required(0),
                Aliases = row.List(1),
                Actor = actor,
                Country = actor.Prefix,
                IsPlace = YesNo(row, 3),
            });
        }

        return seats;
    }

    public static List<Organisation> ParseOrganisations(TextReader reader, string source)
    {
        var organisations = new List<Organisation>();
        foreach (var row in TsvTable.Read(reader, source, OrganisationColumns))
        {
            organisations.Add(new Organisation
            {
                Name = row.Required(0),
                Acronyms = row.List(1),
                Aliases = row.List(2),
                Kind = row.Enum<OrganisationKind>(3),
                Actor = row.Actor(4),
                Country = row.OptionalCode(5, 3),
            });
        }

        return organisations;
    }

    /// <summary>
    /// People come one row per term; rows with the same name are one person whose aliases are the union of the
    /// rows' aliases and whose terms are ordered by start date.
    /// </summary>
    public static List<Person> ParsePeople(TextReader reader, string source)
    {
        var byName = new Dictionary<string, (List<string> Aliases, List<OfficeTerm> Terms)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var row in TsvTable.Read(reader, source, PeopleColumns))
        {
            var name = row.Required(0);
            var start = row.Date(6);
            var end = row.OptionalDate(7);
            if (end is { } e && e <= start)
            {
                throw row.Error($"end {e:yyyy-MM-dd} is not after start {start:yyyy-MM-dd}.");
            }

            var term = new OfficeTerm
            {
                Office = row.Required(2),
                Kind = row.Enum<OfficeKind>(3),
                Country = row.OptionalCode(4, 3),
                Actor = row.Actor(5),
                Start = start,
                End = end,
            };
            if (term.Country is { } country && term.Actor.Prefix != country)
            {
                throw row.Error($"actor '{term.Actor}' does not start with the office's country '{country}'.");
            }

            if (!byName.TryGetValue(name, out var person))
            {
                person = ([], []);
                byName.Add(name, person);
                order.Add(name);
            }

            foreach (var alias in row.List(1))
            {
                if (!person.Aliases.Contains(alias, StringComparer.Ordinal))
                {
                    person.Aliases.Add(alias);
                }
            }

            person.Terms.Add(term);
        }

        var people = new List<Person>(order.Count);
        foreach (var name in order)
        {
            var (aliases, terms) = byName[name];
            var sorted = terms.OrderBy(t => t.Start).ToArray();
            people.Add(new Person
            {
                Name = name,
                Aliases = aliases,
                Terms = sorted,
                Country = sorted[^1].Country,
            });
        }

        return people;
    }

    public static List<SectorTerm> ParseSectors(TextReader reader, string source)
    {
        var sectors = new List<SectorTerm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(reader, source, SectorColumns))
        {
            var word = row.Required(0);
            if (!seen.Add(SurfaceKey.ToKey(word)))
            {
                throw row.Error($"sector word '{word}' appears twice.");
            }

            var sector = row.Code(1, 3);
            if (!ActorCodes.IsKnownSector(sector))
            {
                throw row.Error($"'{sector}' is not a known sector code ({string.Join(", ", ActorCodes.Sectors)}).");
            }

            sectors.Add(new SectorTerm(word, sector, row.Optional(2)));
        }

        return sectors;
    }

    public static List<Region> ParseRegions(TextReader reader, string source)
    {
        var regions = new List<Region>();
        foreach (var row in TsvTable.Read(reader, source, RegionColumns))
        {
            regions.Add(new Region
            {
                Code = row.Code(0, 3),
                Name = row.Required(1),
                Aliases = row.List(2),
                Adjectives = row.List(3),
            });
        }

        return regions;
    }

    public static List<OfficeTitle> ParseOffices(TextReader reader, string source)
    {
        var titles = new List<OfficeTitle>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(reader, source, OfficeColumns))
        {
            var title = row.Required(0);
            if (!seen.Add(SurfaceKey.ToKey(title)))
            {
                throw row.Error($"title '{title}' appears twice.");
            }

            titles.Add(new OfficeTitle(title, row.Enum<OfficeKind>(1)));
        }

        return titles;
    }

    private static bool YesNo(TsvRow row, int column) => row.Required(column) switch
    {
        "yes" => true,
        "no" => false,
        var other => throw row.Error($"expected 'yes' or 'no', found '{other}'."),
    };
}
