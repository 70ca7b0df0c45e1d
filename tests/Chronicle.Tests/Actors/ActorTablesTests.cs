using Chronicle.Actors;

namespace Chronicle.Tests.Actors;

public sealed class ActorTablesTests
{
    private const string PeopleHeader = "name\taliases\toffice\tkind\tcountry\tactor\tstart\tend\tnote\n";

    [Fact]
    public void A_row_with_too_few_fields_names_the_file_and_the_line()
    {
        // Given a people file whose third line lacks fields
        var text = PeopleHeader
            + "Vladimir Putin\tPutin\tPresident\tHeadOfState\tRUS\tRUSGOV\t2012-05-07\t\t\n"
            + "Broken Row\tPresident\tRUS\n";

        // When it is parsed
        var error = Assert.Throws<ActorDataException>(() => ActorTables.ParsePeople(new StringReader(text), "people.tsv"));

        // Then the error names the file and line 3
        Assert.Equal("people.tsv", error.Source);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("people.tsv line 3:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Someone\t\tPresident\tHeadOfState\tRUS\trusgov\t2012-05-07\t\t", "actor code")]
    [InlineData("Someone\t\tPresident\tHeadOfState\tRUS\tRUSGOV\t2012-13-07\t\t", "not a date")]
    [InlineData("Someone\t\tPresident\tBoss\tRUS\tRUSGOV\t2012-05-07\t\t", "expected one of")]
    [InlineData("Someone\t\tPresident\tHeadOfState\tRUS\tUSAGOV\t2012-05-07\t\t", "does not start with")]
    [InlineData("Someone\t\tPresident\tHeadOfState\tRUS\tRUSGOV\t2012-05-07\t2010-01-01\t", "not after start")]
    [InlineData("\t\tPresident\tHeadOfState\tRUS\tRUSGOV\t2012-05-07\t\t", "'name' is empty")]
    [InlineData("Someone\ta||b\tPresident\tHeadOfState\tRUS\tRUSGOV\t2012-05-07\t\t", "empty item")]
    public void A_bad_value_is_reported_with_its_line_and_the_problem(string row, string problem)
    {
        var text = PeopleHeader + "# a comment line\n" + row + "\n";

        var error = Assert.Throws<ActorDataException>(() => ActorTables.ParsePeople(new StringReader(text), "people.tsv"));

        Assert.Equal(3, error.Line);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_header_is_reported_on_line_1()
    {
        var error = Assert.Throws<ActorDataException>(() => ActorTables.ParseSectors(new StringReader("word\tcode\n"), "sectors.tsv"));

        Assert.Equal(1, error.Line);
        Assert.Contains("expected 'word|sector|note'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_sector_code_is_rejected()
    {
        var error = Assert.Throws<ActorDataException>(() => ActorTables.ParseSectors(new StringReader("word\tsector\tnote\ntroops\tXYZ\t\n"), "sectors.tsv"));

        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void A_duplicate_country_code_is_rejected()
    {
        var text = "code\talpha2\tname\taliases\tadjectives\tdemonyms\tcapital\tcities\tsovereign\n"
            + "FRA\tFR\tFrance\t\tFrench\t\tParis\t\t\n"
            + "FRA\tFR\tFrance again\t\tFrench\t\tParis\t\t\n";

        var error = Assert.Throws<ActorDataException>(() => ActorTables.ParseCountries(new StringReader(text), "countries.tsv"));

        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Rows_of_one_person_are_merged_into_one_person_with_ordered_terms()
    {
        var text = PeopleHeader
            + "Vladimir Putin\tPutin\tPresident\tHeadOfState\tRUS\tRUSGOV\t2012-05-07\t\t\n"
            + "Vladimir Putin\tVladimir Vladimirovich Putin\tPrime Minister\tHeadOfGovernment\tRUS\tRUSGOV\t2008-05-08\t2012-05-07\t\n";

        var person = Assert.Single(ActorTables.ParsePeople(new StringReader(text), "people.tsv"));

        Assert.Equal(["Putin", "Vladimir Vladimirovich Putin"], person.Aliases);
        Assert.Equal("Prime Minister", person.Terms[0].Office);
        Assert.Equal("RUS", person.Country);
    }

    [Fact]
    public void A_code_with_an_unknown_prefix_fails_the_load_naming_the_file()
    {
        var files = MinimalFiles();
        files[ActorTables.SeatsFile] = "name\taliases\tactor\tplace\tnote\nKremlin\t\tXXXGOV\tyes\t\n";

        var error = Assert.Throws<ActorDataException>(() => ActorKnowledgeBase.Load(f => new StringReader(files[f])));

        Assert.Equal("seats.tsv", error.Source);
        Assert.Contains("XXXGOV", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_knowledge_base_loads_from_readers_and_answers_lookups()
    {
        var files = MinimalFiles();

        var kb = ActorKnowledgeBase.Load(f => new StringReader(files[f]));

        Assert.Equal("RUS", kb.Lookup("Russians").ToArray().Single().Country!.Code);
        Assert.Equal("RUSGOV", kb.Lookup("the Kremlin").ToArray().Single().SeatOfPower!.Actor.Value);
    }

    private static Dictionary<string, string> MinimalFiles() => new()
    {
        [ActorTables.CountriesFile] = "code\talpha2\tname\taliases\tadjectives\tdemonyms\tcapital\tcities\tsovereign\nRUS\tRU\tRussia\tRussian Federation\tRussian\tRussians\tMoscow\t\t\n",
        [ActorTables.SeatsFile] = "name\taliases\tactor\tplace\tnote\nKremlin\t\tRUSGOV\tyes\t\n",
        [ActorTables.OrganisationsFile] = "name\tacronyms\taliases\tkind\tactor\tcountry\tnote\n",
        [ActorTables.PeopleFile] = PeopleHeader,
        [ActorTables.SectorsFile] = "word\tsector\tnote\n",
        [ActorTables.RegionsFile] = "code\tname\taliases\tadjectives\tnote\n",
        [ActorTables.OfficesFile] = "title\tkind\tnote\n",
    };
}
