using Chronicle.Actors;
using Chronicle.Entities;

namespace Chronicle.Tests.Entities;

/// <summary>The embedded given-name list loads, and a malformed row is refused with its line.</summary>
public sealed class GivenNamesTests
{
    [Fact]
    public void The_embedded_list_gives_genders_of_capitalised_given_names_only()
    {
        // Given / When
        var names = GivenNames.Default;

        // Then
        Assert.True(names.Count > 300);
        Assert.Equal(NameGender.Female, names.GenderOf("Anna"));
        Assert.Equal(NameGender.Male, names.GenderOf("Thomas"));
        Assert.Equal(NameGender.Unknown, names.GenderOf("anna"));
        Assert.Equal(NameGender.Unknown, names.GenderOf("Brackford"));
    }

    [Fact]
    public void A_row_without_a_known_gender_is_refused_with_its_line()
    {
        // Given
        var text = "name\tgender\nAnna\tF\nThomas\tX\n";

        // When
        var error = Assert.Throws<ActorDataException>(() => GivenNames.Load(new StringReader(text), "names.tsv"));

        // Then
        Assert.Equal(3, error.Line);
    }
}
