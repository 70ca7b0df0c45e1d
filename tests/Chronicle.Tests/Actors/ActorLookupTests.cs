using Chronicle.Actors;

namespace Chronicle.Tests.Actors;

public sealed class ActorLookupTests
{
    private static ActorKnowledgeBase Kb => ActorKnowledgeBase.Default;

    [Theory]
    [InlineData("Putin", "2023-03-21", "Vladimir Putin", "President", "RUSGOV")]
    [InlineData("Putin", "2009-01-01", "Vladimir Putin", "Prime Minister", "RUSGOV")]
    [InlineData("Putin", "2004-06-01", "Vladimir Putin", "President", "RUSGOV")]
    [InlineData("Medvedev", "2010-05-01", "Dmitry Medvedev", "President", "RUSGOV")]
    [InlineData("Medvedev", "2015-05-01", "Dmitry Medvedev", "Prime Minister", "RUSGOV")]
    [InlineData("Zelenskiy", "2023-03-21", "Volodymyr Zelenskyy", "President", "UKRGOV")]
    [InlineData("Zelensky", "2022-02-24", "Volodymyr Zelenskyy", "President", "UKRGOV")]
    [InlineData("Xi", "2023-03-21", "Xi Jinping", "President", "CHNGOV")]
    [InlineData("Jinping", "2020-01-01", "Xi Jinping", "President", "CHNGOV")]
    [InlineData("Blinken", "2023-03-21", "Antony Blinken", "Secretary of State", "USAGOV")]
    [InlineData("Clinton", "2010-06-01", "Hillary Clinton", "Secretary of State", "USAGOV")]
    [InlineData("Clinton", "1998-06-01", "Bill Clinton", "President", "USAGOV")]
    [InlineData("Bush", "2005-06-01", "George W. Bush", "President", "USAGOV")]
    [InlineData("Biden", "2012-06-01", "Joe Biden", "Vice President", "USAGOV")]
    [InlineData("Biden", "2022-06-01", "Joe Biden", "President", "USAGOV")]
    [InlineData("Trump", "2025-03-01", "Donald Trump", "President", "USAGOV")]
    [InlineData("Rumsfeld", "2003-03-20", "Donald Rumsfeld", "Secretary of Defense", "USAMIL")]
    [InlineData("Shoigu", "2022-03-01", "Sergei Shoigu", "Defence Minister", "RUSMIL")]
    [InlineData("Shoigu", "2025-01-01", "Sergei Shoigu", "Secretary of the Security Council", "RUSGOV")]
    [InlineData("Merkel", "2015-09-01", "Angela Merkel", "Chancellor", "DEUGOV")]
    [InlineData("Steinmeier", "2008-01-01", "Frank-Walter Steinmeier", "Foreign Minister", "DEUGOV")]
    [InlineData("Steinmeier", "2020-01-01", "Frank-Walter Steinmeier", "President", "DEUGOV")]
    [InlineData("Erdogan", "2010-01-01", "Recep Tayyip Erdoğan", "Prime Minister", "TURGOV")]
    [InlineData("Erdoğan", "2020-01-01", "Recep Tayyip Erdoğan", "President", "TURGOV")]
    [InlineData("Netanyahu", "2016-01-01", "Benjamin Netanyahu", "Prime Minister", "ISRGOV")]
    [InlineData("Abe", "2015-01-01", "Shinzo Abe", "Prime Minister", "JPNGOV")]
    [InlineData("Khamenei", "2010-01-01", "Ali Khamenei", "Supreme Leader", "IRNGOV")]
    [InlineData("Lula", "2005-01-01", "Luiz Inácio Lula da Silva", "President", "BRAGOV")]
    [InlineData("Modi", "2019-01-01", "Narendra Modi", "Prime Minister", "INDGOV")]
    [InlineData("Guterres", "2023-03-21", "António Guterres", "Secretary-General of the United Nations", "IGOUNO")]
    [InlineData("Stoltenberg", "2020-01-01", "Jens Stoltenberg", "Secretary General of NATO", "IGOWSTNAT")]
    [InlineData("MBS", "2019-01-01", "Mohammed bin Salman", "Crown Prince", "SAUGOV")]
    [InlineData("Pope Francis", "2015-01-01", "Francis", "Pope", "VATREL")]
    public void A_name_and_a_date_pick_the_person_and_the_office_held_then(string surface, string date, string name, string office, string actor)
    {
        // Given an article date
        var on = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        // When the name is resolved at that date
        var found = Kb.TryResolvePerson(surface, on, out var role);

        // Then the person and the office held on that day come back
        Assert.True(found, $"{surface} at {date}");
        Assert.Equal(name, role.Person.Name);
        Assert.Equal(office, role.Office);
        Assert.Equal(actor, role.Actor.Value);
    }

    [Theory]
    [InlineData("Putin's")]
    [InlineData("Putin’s")]
    [InlineData("PUTIN")]
    [InlineData("Vladimir Putin")]
    public void Possessive_and_capitalised_forms_of_a_name_resolve_like_the_name(string surface)
    {
        Assert.True(Kb.TryResolvePerson(surface, new DateOnly(2023, 3, 21), out var role), surface);
        Assert.Equal("Vladimir Putin", role.Person.Name);
    }

    [Fact]
    public void An_all_capitals_headline_word_still_finds_initialisms_and_names()
    {
        Assert.Equal("World Health Organization", Kb.Lookup("WHO").ToArray().Single().Organisation!.Name);
        Assert.Equal("RUS", Kb.Lookup("RUSSIA").ToArray().Single().Country!.Code);
    }

    [Fact]
    public void A_name_no_one_held_office_under_at_the_date_resolves_to_nobody()
    {
        Assert.False(Kb.TryResolvePerson("Zelensky", new DateOnly(2015, 1, 1), out _));
    }

    [Fact]
    public void A_person_out_of_office_is_still_a_candidate_with_the_last_office_held()
    {
        var blair = Assert.Single(Kb.Lookup("Tony Blair").ToArray()).Person!;

        Assert.Null(blair.TermAt(new DateOnly(2015, 1, 1)));
        Assert.Equal("Prime Minister", blair.LastTermBefore(new DateOnly(2015, 1, 1))!.Office);
    }

    [Theory]
    [InlineData("RUS", "president", "2023-03-21", "Vladimir Putin", "President")]
    [InlineData("RUS", "President", "2010-01-01", "Dmitry Medvedev", "President")]
    [InlineData("RUS", "premier", "2010-01-01", "Vladimir Putin", "Prime Minister")]
    [InlineData("CHN", "leader", "2023-03-21", null, null)]
    [InlineData("CHN", "premier", "2023-03-21", "Li Qiang", "Premier")]
    [InlineData("USA", "Defense Secretary", "2003-03-20", "Donald Rumsfeld", "Secretary of Defense")]
    [InlineData("USA", "top diplomat", "2023-03-21", "Antony Blinken", "Secretary of State")]
    [InlineData("GBR", "foreign minister", "2023-03-21", "James Cleverly", "Foreign Secretary")]
    [InlineData("GBR", "prime minister", "2022-10-01", "Liz Truss", "Prime Minister")]
    [InlineData("IRN", "president", "2023-03-21", "Ebrahim Raisi", "President")]
    [InlineData("IRN", "supreme leader", "2023-03-21", "Ali Khamenei", "Supreme Leader")]
    [InlineData("SAU", "prime minister", "2018-01-01", "Salman bin Abdulaziz", "Prime Minister")]
    [InlineData("TUR", "prime minister", "2020-01-01", null, null)]
    [InlineData("DEU", "chancellor", "2023-03-21", "Olaf Scholz", "Chancellor")]
    public void A_title_in_a_country_at_a_date_names_its_holder(string country, string title, string date, string? name, string? office)
    {
        var on = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        var found = Kb.TryFindOfficeHolder(country, title, on, out var holder);

        Assert.Equal(name is not null, found);
        Assert.Equal(name, holder.Person?.Name);
        Assert.Equal(office, holder.Person is null ? null : holder.Office);
    }

    [Theory]
    [InlineData("Kremlin", "RUSGOV")]
    [InlineData("the Kremlin", "RUSGOV")]
    [InlineData("White House", "USAGOV")]
    [InlineData("the Pentagon", "USAMIL")]
    [InlineData("State Department", "USAGOV")]
    [InlineData("Foggy Bottom", "USAGOV")]
    [InlineData("Capitol Hill", "USALEG")]
    [InlineData("Congress", "USALEG")]
    [InlineData("Downing Street", "GBRGOV")]
    [InlineData("Whitehall", "GBRGOV")]
    [InlineData("Élysée", "FRAGOV")]
    [InlineData("Elysee Palace", "FRAGOV")]
    [InlineData("Quai d'Orsay", "FRAGOV")]
    [InlineData("Zhongnanhai", "CHNGOV")]
    [InlineData("Blue House", "KORGOV")]
    [InlineData("Bundestag", "DEULEG")]
    [InlineData("Kremlin's", "RUSGOV")]
    public void A_seat_of_power_stands_for_its_actor(string surface, string actor)
    {
        var seat = Kb.Lookup(surface).ToArray().Select(c => c.SeatOfPower).OfType<SeatOfPower>().FirstOrDefault();

        Assert.NotNull(seat);
        Assert.Equal(actor, seat.Actor.Value);
    }

    [Theory]
    [InlineData("U.S.", "USA", SurfaceForm.Acronym)]
    [InlineData("US", "USA", SurfaceForm.Acronym)]
    [InlineData("USA", "USA", SurfaceForm.Acronym)]
    [InlineData("the United States", "USA", SurfaceForm.Name)]
    [InlineData("United States of America", "USA", SurfaceForm.Alias)]
    [InlineData("America", "USA", SurfaceForm.Alias)]
    [InlineData("Britain", "GBR", SurfaceForm.Alias)]
    [InlineData("U.K.", "GBR", SurfaceForm.Acronym)]
    [InlineData("British", "GBR", SurfaceForm.Adjective)]
    [InlineData("Britons", "GBR", SurfaceForm.Demonym)]
    [InlineData("Russians", "RUS", SurfaceForm.Demonym)]
    [InlineData("Russian", "RUS", SurfaceForm.Adjective)]
    [InlineData("Chinese", "CHN", SurfaceForm.Adjective)]
    [InlineData("ROK", "KOR", SurfaceForm.Acronym)]
    [InlineData("Republic of Korea", "KOR", SurfaceForm.Alias)]
    [InlineData("Moscow", "RUS", SurfaceForm.Capital)]
    [InlineData("Washington", "USA", SurfaceForm.Capital)]
    [InlineData("Kyiv", "UKR", SurfaceForm.Capital)]
    [InlineData("Kiev", "UKR", SurfaceForm.City)]
    [InlineData("Italy's", "ITA", SurfaceForm.Name)]
    [InlineData("Côte d'Ivoire", "CIV", SurfaceForm.Alias)]
    [InlineData("Cote d'Ivoire", "CIV", SurfaceForm.Alias)]
    [InlineData("Christchurch", "NZL", SurfaceForm.City)]
    public void A_country_form_resolves_to_the_country_and_says_what_kind_of_form_it_is(string surface, string code, SurfaceForm form)
    {
        var candidate = Kb.Lookup(surface).ToArray().First(c => c.Country is not null);

        Assert.Equal(code, candidate.Country!.Code);
        Assert.Equal(form, candidate.Form);
    }

    [Theory]
    [InlineData("us")]
    [InlineData("who")]
    [InlineData("Us")]
    [InlineData("un")]
    public void Short_initialisms_written_in_lower_case_find_nothing(string surface)
    {
        Assert.True(Kb.Lookup(surface).IsEmpty, surface);
    }

    [Theory]
    [InlineData("ICC", "International Criminal Court", "IGOJUD")]
    [InlineData("ICC's", "International Criminal Court", "IGOJUD")]
    [InlineData("International Criminal Court", "International Criminal Court", "IGOJUD")]
    [InlineData("WHO", "World Health Organization", "IGOUNOHLH")]
    [InlineData("U.N.", "United Nations", "IGOUNO")]
    [InlineData("UN Security Council", "UN Security Council", "IGOUNO")]
    [InlineData("NATO", "NATO", "IGOWSTNAT")]
    [InlineData("Nato", "NATO", "IGOWSTNAT")]
    [InlineData("EU", "European Union", "IGOEUREEC")]
    [InlineData("European Parliament", "European Parliament", "IGOEUREECLEG")]
    [InlineData("IAEA", "International Atomic Energy Agency", "IGOUNO")]
    [InlineData("PLA", "People's Liberation Army", "CHNMIL")]
    [InlineData("Amnesty International", "Amnesty International", "IGONGOAMN")]
    [InlineData("Doctors Without Borders", "Médecins Sans Frontières", "IGONGOMSF")]
    public void An_organisation_is_found_by_name_acronym_or_alias(string surface, string name, string actor)
    {
        var organisation = Kb.Lookup(surface).ToArray().Select(c => c.Organisation).OfType<Organisation>().First();

        Assert.Equal(name, organisation.Name);
        Assert.Equal(actor, organisation.Actor.Value);
    }

    [Theory]
    [InlineData("Volkswagen", OrganisationKind.Mnc, "DEUBUS")]
    [InlineData("Lufthansa", OrganisationKind.Mnc, "DEUBUS")]
    [InlineData("Stanford", OrganisationKind.University, "USAEDU")]
    [InlineData("Manchester United", OrganisationKind.Sport, "GBRBUS")]
    [InlineData("Agencia EFE", OrganisationKind.Media, "ESPMED")]
    public void A_company_university_or_club_is_found_with_its_kind_and_home_sector(string surface, OrganisationKind kind, string actor)
    {
        // Given a brand, university or club written once without any cue
        // When it is looked up
        var organisation = Kb.Lookup(surface).ToArray().Select(c => c.Organisation).OfType<Organisation>().First();

        // Then it is an organisation of its kind, coded with its home country and sector
        Assert.Equal(kind, organisation.Kind);
        Assert.Equal(actor, organisation.Actor.Value);
    }

    [Theory]
    [InlineData("Ford")]
    [InlineData("Oracle")]
    [InlineData("Visa")]
    [InlineData("Santander")]
    [InlineData("Liverpool")]
    [InlineData("mit")]
    public void A_word_or_name_that_a_company_shares_with_people_or_places_is_not_an_organisation(string surface)
    {
        // Given a surname, ordinary word or city that a listed company or club also uses
        // When it is looked up alone
        var organisations = Kb.Lookup(surface).ToArray().Select(c => c.Organisation).OfType<Organisation>();

        // Then no organisation answers: the data lists those only in their long forms
        Assert.Empty(organisations);
    }

    [Theory]
    [InlineData("the West", "WST")]
    [InlineData("Western", "WST")]
    [InlineData("Middle East", "MEA")]
    public void A_region_is_found_with_its_cameo_code(string surface, string code)
    {
        var region = Kb.Lookup(surface).ToArray().Select(c => c.Region).OfType<Region>().First();

        Assert.Equal(code, region.Code);
    }

    [Theory]
    [InlineData("troops", "MIL")]
    [InlineData("spokesman", "GOV")]
    [InlineData("Foreign Ministry", "GOV")]
    [InlineData("the army", "MIL")]
    [InlineData("court", "JUD")]
    [InlineData("prosecutor", "JUD")]
    [InlineData("rebels", "REB")]
    [InlineData("opposition", "OPP")]
    [InlineData("lawmakers", "LEG")]
    [InlineData("newspaper", "MED")]
    [InlineData("company", "BUS")]
    [InlineData("police", "COP")]
    [InlineData("refugees", "REF")]
    [InlineData("students", "EDU")]
    [InlineData("doctors", "HLH")]
    [InlineData("defence minister", "MIL")]
    public void A_sector_word_gives_its_sector_code(string word, string sector)
    {
        Assert.True(Kb.TryGetSector(word, out var term), word);
        Assert.Equal(sector, term.Sector);
    }

    [Fact]
    public void An_unknown_word_has_no_sector()
    {
        Assert.False(Kb.TryGetSector("teapot", out _));
    }

    [Fact]
    public void A_form_nobody_uses_finds_nothing()
    {
        Assert.True(Kb.Lookup("Xyzzy Plugh").IsEmpty);
        Assert.True(Kb.Lookup("").IsEmpty);
        Assert.True(Kb.Lookup("...").IsEmpty);
    }

    [Fact]
    public void An_actor_code_is_built_from_a_country_and_a_sector()
    {
        var russia = Kb.FindCountry("RUS")!;

        Assert.Equal("RUSGOV", russia.ActorWith("GOV").Value);
        Assert.Equal("USAMIL", ActorCode.Create("USA", "MIL").Value);
        Assert.Equal("RUSGOV", ActorCode.Parse("RUS").WithSector("GOV").Value);
        Assert.Equal("RUSGOV", ActorCode.Parse("RUSGOV").WithSector("GOV").Value);
        Assert.True(ActorCode.Parse("IGOUNOHLH").HasSector("HLH"));
        Assert.Equal("RUS", ActorCode.Parse("RUSGOV").PrefixOnly.Value);
        Assert.Throws<FormatException>(() => ActorCode.Create("usa", "GOV"));
    }
}
