using Chronicle.Entities;
using Chronicle.Learning;
using Chronicle.Tests.Support;
using Chronicle.Training.Entities;

namespace Chronicle.Tests.Entities;

public sealed class ListGazetteerTests
{
    /// <summary>Invented lists: a place that is also a given name, a hyphenated town, a two-word place.</summary>
    private static NameLists Invented(params string[] files) => NameLists.Load(files, file => file switch
    {
        NameLists.GivenNamesFile => new StringReader("name\tgender\nAda\tF\nVelmora\tF\n"),
        NameLists.SurnamesFile => new StringReader("name\nRennick\n"),
        NameLists.PlacesFile => new StringReader("name\tcountry\nVelmora\tXX\nOstrava-on-Lake\tXX\nPort Velmora\tXX\n# a comment row\n\n"),
        NameLists.OrganisationsFile => new StringReader("name\nVelmora Tractor Works\n"),
        _ => null,
    });

    private static ListGazetteer Gazetteer() => new(Invented(NameLists.GivenNamesFile, NameLists.SurnamesFile, NameLists.PlacesFile, NameLists.OrganisationsFile));

    private static (string Token, GazetteerMark Mark)[] Marks(IGazetteer gazetteer, string text)
    {
        var document = TestDocuments.Segmented(text);
        var marks = new GazetteerMark[document.Tokens.Length];
        foreach (var sentence in document.Sentences)
        {
            gazetteer.Mark(document, sentence.Tokens, marks.AsSpan(sentence.Tokens.Start, sentence.Tokens.Length));
        }

        return [.. Enumerable.Range(0, document.Tokens.Length).Select(i => (document.TextOf(i).ToString(), marks[i]))];
    }

    [Fact]
    public void A_name_in_several_lists_gets_the_union_of_their_kinds()
    {
        // Given lists where "Velmora" is both a given name and a place
        var lists = Invented(NameLists.GivenNamesFile, NameLists.PlacesFile);

        // When it is looked up, then both kinds come back, and an unlisted or lower-case word gets none
        Assert.Equal(NameListKinds.GivenName | NameListKinds.Place, lists.KindsOf("Velmora"));
        Assert.Equal(NameListKinds.None, lists.KindsOf("velmora"));
        Assert.Equal(NameListKinds.None, lists.KindsOf("Rennick"));
        Assert.Equal(4, lists.Count);
    }

    [Fact]
    public void The_longest_listed_span_is_marked_with_its_kinds_and_bilou_positions()
    {
        // Given a sentence with a person, a two-word place that begins with a one-word place, and an organisation
        var marks = Marks(Gazetteer(), "Ada Rennick flew from Port Velmora to work at Velmora Tractor Works.");
        GazetteerMark Of(string token, int nth = 0) => marks.Where(m => m.Token == token).ElementAt(nth).Mark;

        // When marked, then each word of a person's name is its own unit, and the longest place and organisation win
        Assert.Equal(new GazetteerMark((byte)NameListKinds.GivenName, BilouPosition.Unit), Of("Ada"));
        Assert.Equal(new GazetteerMark((byte)NameListKinds.Surname, BilouPosition.Unit), Of("Rennick"));
        Assert.Equal(new GazetteerMark((byte)NameListKinds.Place, BilouPosition.Begin), Of("Port"));
        Assert.Equal(new GazetteerMark((byte)NameListKinds.Place, BilouPosition.Last), Of("Velmora"));
        Assert.Equal(new GazetteerMark((byte)NameListKinds.Organisation, BilouPosition.Begin), Of("Velmora", 1));
        Assert.Equal(BilouPosition.Inside, Of("Tractor").Position);
        Assert.Equal(BilouPosition.Last, Of("Works").Position);
        Assert.True(Of("flew").IsEmpty);
    }

    [Fact]
    public void A_hyphenated_place_is_matched_whatever_the_segmenter_makes_of_its_hyphens()
    {
        // Given a hyphenated town name in a sentence
        var marks = Marks(Gazetteer(), "The ferry docked at Ostrava-on-Lake at noon.");

        // When marked, then every token of the name is in one place span, and the words around it are not
        var inName = marks.SkipWhile(m => !m.Token.StartsWith("Ostrava", StringComparison.Ordinal)).TakeWhile(m => m.Token != "at").ToArray();
        Assert.NotEmpty(inName);
        Assert.All(inName, m => Assert.Equal((byte)NameListKinds.Place, m.Mark.Category));
        Assert.True(marks.First(m => m.Token == "docked").Mark.IsEmpty);
        Assert.True(marks.Last(m => m.Token == "at").Mark.IsEmpty);
    }

    [Fact]
    public void A_missing_list_file_is_reported_by_name()
    {
        // Given lists read through an opener that lacks the places file
        // When they are loaded, then the error names the file
        var error = Assert.Throws<GazetteerDataException>(() => NameLists.Load([NameLists.PlacesFile], _ => null));
        Assert.Equal(NameLists.PlacesFile, error.File);
        Assert.Contains("places.tsv", error.Message);
        Assert.Contains("missing", error.Message);
    }

    [Theory]
    [InlineData("name\nvelmora\n", 2)]
    [InlineData("name\nVelmora \n", 2)]
    [InlineData("name\nPort  Velmora\n", 2)]
    [InlineData("name\nVelmora\n\nVelmora\n", 4)]
    [InlineData("town\nVelmora\n", 1)]
    public void A_malformed_row_is_reported_with_file_and_line(string content, int line)
    {
        // Given a places file with a lower-case name, a trailing space, a double space, a repeated name or a bad header
        // When it is loaded
        var error = Assert.Throws<GazetteerDataException>(() => NameLists.Load([NameLists.PlacesFile], _ => new StringReader(content)));

        // Then the error names the file and the line
        Assert.Equal(NameLists.PlacesFile, error.File);
        Assert.Equal(line, error.Line);
        Assert.StartsWith($"places.tsv line {line}:", error.Message);
    }

    [Fact]
    public void An_unknown_list_name_is_refused()
    {
        // Given a file name that is no list, when lists are loaded with it, then the error names it
        var error = Assert.Throws<ArgumentException>(() => NameLists.Load(["rivers.tsv"], _ => new StringReader("name\n")));
        Assert.Contains("rivers.tsv", error.Message);
    }

    [Fact]
    public void The_embedded_lists_load_and_know_common_names_but_not_common_words()
    {
        // Given the lists shipped in the assembly
        var lists = NameLists.LoadEmbedded([NameLists.GivenNamesFile, NameLists.SurnamesFile, NameLists.PlacesFile, NameLists.OrganisationsFile]);

        // When common names and capitalised ordinary words are looked up
        // Then the names are known and the words the news uses in lower case were filtered out
        Assert.True(lists.KindsOf("Maria").HasFlag(NameListKinds.GivenName));
        Assert.True(lists.KindsOf("Paris").HasFlag(NameListKinds.Place));
        Assert.True(lists.KindsOf("Rio de Janeiro").HasFlag(NameListKinds.Place));
        Assert.False(lists.KindsOf("Reading").HasFlag(NameListKinds.Place));
        Assert.False(lists.KindsOf("Mobile").HasFlag(NameListKinds.Place));
        Assert.Equal(NameListKinds.None, lists.KindsOf("Will"));
        Assert.True(lists.Count > 30_000);
    }

    [Fact]
    public void The_default_list_gazetteer_names_its_version_and_a_subset_names_its_files()
    {
        // Given the default gazetteer and one over two lists
        var subset = new ListGazetteer(Invented(NameLists.GivenNamesFile, NameLists.PlacesFile));

        // When their names are read, then the default is the version and the subset lists its files, which parse back
        Assert.Equal(ListGazetteer.Version, ListGazetteer.Default.Name);
        Assert.Equal("name-lists-v1(given-names,places)", subset.Name);
        Assert.Equal([NameLists.GivenNamesFile, NameLists.PlacesFile], ListGazetteer.FilesOf(subset.Name));
        Assert.Null(ListGazetteer.FilesOf("name-lists-v1(rivers)"));
        Assert.Null(ListGazetteer.FilesOf("other-lists"));
    }
}
