using Chronicle.Entities;
using static Chronicle.Tests.Entities.EntityDocuments;

namespace Chronicle.Tests.Entities;

/// <summary>Entity-stage repairs found by error analysis on the GUM NER dev split (<c>chronicle eval ner</c>).</summary>
public sealed class EntityStageGumDevFixTests
{
    private static readonly EntityResolver s_resolver = new();

    [Fact]
    public void A_city_the_recogniser_reads_as_a_place_stays_a_place_when_a_person_out_of_office_shares_its_name()
    {
        // Given "Austin", a city of the knowledge base and the surname of a minister who took office only in 2021,
        // read as a place by the recogniser in an article of 2004
        var document = With(
            "Her studio moved to Austin, Texas, in March.",
            new DateOnly(2004, 5, 3),
            ("Austin", EntityType.GPE),
            ("Texas", EntityType.GPE));

        // When
        var entities = s_resolver.Resolve(document);

        // Then the city is a place, not the minister
        var city = Named(entities, "Austin");
        Assert.Equal(EntityType.GPE, city.Type);
        Assert.DoesNotContain(entities, e => e.Type == EntityType.PERSON);
    }

    [Fact]
    public void A_surname_reading_still_wins_while_its_bearer_holds_office()
    {
        // Given the same name read as a place in an article of 2022, when the minister was in office
        var document = With(
            "Austin said the talks would go on.",
            new DateOnly(2022, 5, 3),
            ("Austin", EntityType.GPE));

        // When
        var entities = s_resolver.Resolve(document);

        // Then the knowledge base's person in office is kept
        Assert.Contains(entities, e => e.Type == EntityType.PERSON && e.Aliases.Contains("Austin"));
    }

    [Fact]
    public void A_nickname_ending_in_a_royal_title_stays_a_person()
    {
        // Given a person span of an unknown word and a royal title
        var document = With("Fans call her Waffle Princess on the radio.", ("Waffle Princess", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then no organisation "Waffle" is made of it
        Assert.DoesNotContain(entities, e => e.Type == EntityType.ORG);
        Assert.Equal(EntityType.PERSON, Named(entities, "Waffle Princess").Type);
    }

    [Fact]
    public void A_person_span_ending_in_an_office_title_is_still_the_office_s_organisation()
    {
        // Given "Ellen Marsh, NASA Administrator" with the title run read as a person
        var document = With("The plan was signed by Ellen Marsh, NASA Administrator, on Monday.", ("Ellen Marsh", EntityType.PERSON), ("NASA Administrator", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then the organisation the title belongs to is named
        Assert.Contains(entities, e => e.Type == EntityType.ORG && (e.Name.Contains("NASA", StringComparison.Ordinal) || e.Aliases.Contains("NASA")));
    }

    [Fact]
    public void A_for_complement_that_is_another_organisation_says_whom_a_name_serves_and_is_not_part_of_it()
    {
        // Given an arena "for" a team the recogniser found as an organisation of its own
        var document = With(
            "The club plays in the Halvorsen Arena for the Lakeside State University Otters.",
            ("Halvorsen Arena", EntityType.ORG),
            ("Lakeside State University", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then the arena's name stops before "for"
        Assert.Contains(entities, e => e.Name == "Halvorsen Arena");
        Assert.DoesNotContain(entities, e => e.Name.Contains("Arena for", StringComparison.Ordinal));
    }

    [Fact]
    public void A_for_complement_of_capitalised_words_that_are_no_organisation_is_still_part_of_the_name()
    {
        // Given a body whose name runs on past "for the"
        var document = With("The Joint Board for the Protection of Wetlands met on Monday.", ("Joint Board", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then the whole name is kept
        Assert.Contains(entities, e => e.Name == "Joint Board for the Protection of Wetlands" && e.Type == EntityType.ORG);
    }

    [Fact]
    public void An_event_keeps_the_year_that_names_its_edition()
    {
        // Given an event the recogniser read with its year
        var document = With("She won a medal at the 2030 Velmora Games in June.", ("2030 Velmora Games", EntityType.EVENT));

        // When
        var entities = s_resolver.Resolve(document);

        // Then the year stays in the name
        Assert.Equal(EntityType.EVENT, Named(entities, "2030 Velmora Games").Type);
    }

    [Fact]
    public void A_score_before_a_team_is_still_no_part_of_its_name()
    {
        // Given an organisation the recogniser read with a number before it
        var document = With("The final ended 2 Velmora Rovers 1 Brackford United.", ("2 Velmora Rovers", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then the score is trimmed as before
        Assert.Contains(entities, e => e.Name == "Velmora Rovers");
    }

    [Theory]
    [InlineData("The talk was given by the philosopher Ada Rennick on Friday.")]
    [InlineData("Former congressman Ada Rennick spoke first.")]
    [InlineData("The orchestra's conductor Ada Rennick left in May.")]
    public void Capitalised_words_after_more_occupation_nouns_are_a_person_the_recogniser_missed(string text)
    {
        // Given no recogniser mention
        var document = With(text);

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.PERSON, Named(entities, "Ada Rennick").Type);
    }
}
