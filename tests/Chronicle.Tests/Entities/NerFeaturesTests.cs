using Chronicle.Entities;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Entities;

public sealed class NerFeaturesTests
{
    private static ulong[] Features(string text, int position, bool lexical)
    {
        var document = TestDocuments.Segmented(text);
        var sentence = document.Sentences[0].Tokens;
        var keys = new NerFeatures.TokenKeys[sentence.Length];
        var marks = new GazetteerMark[sentence.Length];
        NerFeatures.Prepare(document, sentence, clusters: null, evidence: null, keys);
        var buffer = new ulong[NerFeatures.MaxPerToken];
        var count = NerFeatures.Extract(document, sentence, keys, marks, position, buffer, lexical);
        return [.. buffer.AsSpan(0, count).ToArray().Order()];
    }

    [Fact]
    public void Without_lexical_features_two_words_of_one_shape_in_one_context_look_the_same()
    {
        // Given two sentences that differ only in one capitalised word of the same shape
        // When the word's features are extracted without the lexical templates
        var first = Features("Yesterday Quorn spoke to reporters.", 1, lexical: false);
        var second = Features("Yesterday Blaze spoke to reporters.", 1, lexical: false);

        // Then they are identical, while with the lexical templates they differ
        Assert.Equal(first, second);
        Assert.NotEqual(Features("Yesterday Quorn spoke to reporters.", 1, lexical: true), Features("Yesterday Blaze spoke to reporters.", 1, lexical: true));
    }

    [Fact]
    public void Every_word_of_a_capitalised_run_reads_the_run_s_last_word()
    {
        // Given two names that share their last word and a third that does not
        // When the first word's features are extracted
        var house = Features("Yesterday Chatham House spoke.", 1, lexical: false);
        var sameEnd = Features("Yesterday Quorn House spoke.", 1, lexical: false);
        var otherEnd = Features("Yesterday Quorn River spoke.", 1, lexical: false);

        // Then the run-head features make the shared-last-word pair agree more than the other pair
        Assert.True(house.Intersect(sameEnd).Count() > house.Intersect(otherEnd).Count());
    }
}
