namespace Chronicle.Actors;

/// <summary>The parsed tables before indexing, with the checks that span files (codes that refer to other rows).</summary>
internal sealed record ActorKnowledgeBaseParts(
    List<Country> Countries,
    List<SeatOfPower> Seats,
    List<Organisation> Organisations,
    List<Person> People,
    List<SectorTerm> Sectors,
    List<Region> Regions,
    List<OfficeTitle> Offices)
{
    /// <exception cref="ActorDataException">An actor code opens with an unknown prefix or a territory names an unknown sovereign.</exception>
    public void Validate()
    {
        var prefixes = new HashSet<string>(Countries.Select(c => c.Code), StringComparer.Ordinal);
        prefixes.UnionWith(ActorCodes.NonStatePrefixes);
        prefixes.UnionWith(Regions.Select(r => r.Code));

        foreach (var country in Countries)
        {
            if (country.Sovereign is { } sovereign && !prefixes.Contains(sovereign))
            {
                throw new ActorDataException(ActorTables.CountriesFile, 0, $"{country.Code} names sovereign '{sovereign}', which is not a country of the file.");
            }
        }

        foreach (var seat in Seats)
        {
            Check(ActorTables.SeatsFile, seat.Name, seat.Actor);
        }

        foreach (var organisation in Organisations)
        {
            Check(ActorTables.OrganisationsFile, organisation.Name, organisation.Actor);
            if (organisation.Country is { } country && !prefixes.Contains(country))
            {
                throw new ActorDataException(ActorTables.OrganisationsFile, 0, $"{organisation.Name} names country '{country}', which is not in countries.tsv.");
            }
        }

        foreach (var person in People)
        {
            foreach (var term in person.Terms)
            {
                Check(ActorTables.PeopleFile, person.Name, term.Actor);
            }
        }

        void Check(string file, string name, ActorCode actor)
        {
            if (!prefixes.Contains(actor.Prefix))
            {
                throw new ActorDataException(file, 0, $"{name} has actor '{actor}', whose prefix '{actor.Prefix}' is neither a country of countries.tsv, a region of regions.tsv nor one of {string.Join(", ", ActorCodes.NonStatePrefixes)}.");
            }

            for (var i = 0; i < actor.SectorCount; i++)
            {
                var group = actor.Sector(i);
                if (!ActorCodes.IsKnownSector(group) && !prefixes.Contains(group) && !ActorCodes.IsKnownGroup(group))
                {
                    throw new ActorDataException(file, 0, $"{name} has actor '{actor}', whose group '{group}' is neither a sector, a region nor a known group code.");
                }
            }
        }
    }
}
