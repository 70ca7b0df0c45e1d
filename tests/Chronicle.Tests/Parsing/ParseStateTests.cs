using Chronicle.Parsing;

namespace Chronicle.Tests.Parsing;

public sealed class ParseStateTests
{
    [Fact]
    public void Between_counts_the_commas_and_verbs_strictly_between_two_words()
    {
        // Given "Officials , who met , said it" tagged NNS , WP VBD , VBD PRP
        string[] tagNames = ["NNS", ",", "WP", "VBD", ",", "VBD", "PRP"];
        var tags = tagNames.Select(t => DependencyParser.TagValue(t)).Append(DependencyParser.RootValue).ToArray();
        var state = new ParseState();

        // When the state is reset to the sentence
        state.Reset(tagNames.Length, tags);

        // Then between "Officials" and "said" lie two commas and one verb; between neighbours nothing; missing words give 0
        Assert.Equal(1UL + (2 * 4) + 1, state.Between(0, 5));
        Assert.Equal(1UL, state.Between(0, 1));
        Assert.Equal(1UL + (2 * 4) + 2, state.Between(0, tagNames.Length));
        Assert.Equal(0UL, state.Between(-1, 3));
        Assert.NotEqual(state.Between(0, 5), state.Between(2, 5));
    }

    [Fact]
    public void A_reset_without_tags_forgets_the_counts_of_the_previous_sentence()
    {
        // Given a state that held a sentence with commas
        string[] tagNames = [",", ",", ",", "NN"];
        var state = new ParseState();
        state.Reset(tagNames.Length, [.. tagNames.Select(t => DependencyParser.TagValue(t)), DependencyParser.RootValue]);

        // When it is reset to another sentence without tags
        state.Reset(4);

        // Then nothing is counted between its words
        Assert.Equal(1UL, state.Between(0, 3));
    }
}
