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

    [Fact]
    public void A_run_followed_by_its_bracketed_initials_is_marked_on_the_run_and_on_the_acronym()
    {
        // Given a capitalised run followed by its initials in brackets, and the same run followed by a bracketed number
        var withAcronym = TestDocuments.Segmented("Members said the Quorn Trading Board (QTB) would meet.");
        var sentence = withAcronym.Sentences[0].Tokens;
        var keys = new NerFeatures.TokenKeys[sentence.Length];

        // When the token keys are prepared
        NerFeatures.Prepare(withAcronym, sentence, clusters: null, evidence: null, keys);

        // Then every word of the run carries the matching-initials cue (2) and the acronym its own (4)
        Assert.Equal([2, 2, 2], keys.Skip(3).Take(3).Select(k => k.Acronym));
        Assert.Equal(4, keys[7].Acronym);
        Assert.Equal(0, keys[0].Acronym);
    }

    [Fact]
    public void A_run_followed_by_other_capitals_in_brackets_gets_the_weaker_acronym_cue()
    {
        // Given a run whose bracketed acronym does not spell its initials
        var document = TestDocuments.Segmented("Members said Quorn Trading Board (XYZ) would meet.");
        var sentence = document.Sentences[0].Tokens;
        var keys = new NerFeatures.TokenKeys[sentence.Length];

        // When the token keys are prepared
        NerFeatures.Prepare(document, sentence, clusters: null, evidence: null, keys);

        // Then the run gets cue 1 and the acronym cue 3
        Assert.Equal([1, 1, 1], keys.Skip(2).Take(3).Select(k => k.Acronym));
        Assert.Equal(3, keys[6].Acronym);
    }

    [Fact]
    public void Feature_set_6_leaves_out_the_run_templates_of_set_7()
    {
        // Given a sentence with a capitalised run
        var document = TestDocuments.Segmented("Members said Quorn Trading Board (QTB) would meet.");
        var sentence = document.Sentences[0].Tokens;
        var keys = new NerFeatures.TokenKeys[sentence.Length];
        var marks = new GazetteerMark[sentence.Length];
        NerFeatures.Prepare(document, sentence, clusters: null, evidence: null, keys);
        var buffer = new ulong[NerFeatures.MaxPerToken];

        // When the run's first word is extracted for sets 6 and 7
        var six = buffer.AsSpan(0, NerFeatures.Extract(document, sentence, keys, marks, 2, buffer, featureSet: 6)).ToArray();
        var seven = buffer.AsSpan(0, NerFeatures.Extract(document, sentence, keys, marks, 2, buffer, featureSet: 7)).ToArray();

        // Then set 7 is set 6 plus its run templates (first word, form, acronym)
        Assert.Subset(seven.ToHashSet(), six.ToHashSet());
        Assert.Equal(six.Length + 3, seven.Length);
    }

    [Fact]
    public void Feature_set_8_is_set_6_plus_the_document_links_without_the_run_templates_of_set_7()
    {
        // Given a document whose name is later used by its initials
        var document = TestDocuments.Segmented("Members said Quorn Trading Board (QTB) would meet. The QTB agreed.");
        var sentence = document.Sentences[0].Tokens;
        var keys = new NerFeatures.TokenKeys[sentence.Length];
        var marks = new GazetteerMark[sentence.Length];
        NerFeatures.Prepare(document, sentence, clusters: null, new DocumentEvidence(document), keys);
        var buffer = new ulong[NerFeatures.MaxPerToken];

        // When the run's first word is extracted for sets 6 and 8
        var six = buffer.AsSpan(0, NerFeatures.Extract(document, sentence, keys, marks, 2, buffer, featureSet: 6)).ToArray();
        var eight = buffer.AsSpan(0, NerFeatures.Extract(document, sentence, keys, marks, 2, buffer, featureSet: 8)).ToArray();

        // Then set 8 adds exactly one feature (the run's acronym is used in the document) to set 6
        Assert.Subset(eight.ToHashSet(), six.ToHashSet());
        Assert.Equal(six.Length + 1, eight.Length);
    }
}
