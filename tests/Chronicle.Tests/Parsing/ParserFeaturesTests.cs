using Chronicle.Documents;
using Chronicle.Learning;
using Chronicle.Parsing;
using Chronicle.Tagging;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Parsing;

public sealed class ParserFeaturesTests
{
    // "Maria Lopez saw the report", with "saw" once as a past-tense verb and once mistagged as a noun.
    private static readonly string[] s_words = ["Maria", "Lopez", "saw", "the", "report"];

    [Fact]
    public void The_universal_pos_templates_follow_the_universal_pos_where_the_penn_tags_stay_the_same()
    {
        // Given one sentence with the same Penn tags, once with "saw" read as VERB and once as NOUN
        var verb = Extract(["NNP", "NNP", "VBD", "DT", "NN"], [UniversalPos.PROPN, UniversalPos.PROPN, UniversalPos.VERB, UniversalPos.DET, UniversalPos.NOUN], ["Maria", "Lopez", "see", "the", "report"]);
        var noun = Extract(["NNP", "NNP", "VBD", "DT", "NN"], [UniversalPos.PROPN, UniversalPos.PROPN, UniversalPos.NOUN, UniversalPos.DET, UniversalPos.NOUN], ["Maria", "Lopez", "see", "the", "report"]);

        // Then (with "saw" at B0) the feature-set-4 templates are the same and the B0 universal POS templates differ
        Assert.Equal(verb[..ParserFeatures.CountOf(4)], noun[..ParserFeatures.CountOf(4)]);
        Assert.NotEqual(verb[ParserFeatures.B0Upos], noun[ParserFeatures.B0Upos]);
        Assert.NotEqual(verb[ParserFeatures.S0UposB0Upos], noun[ParserFeatures.S0UposB0Upos]);
        Assert.NotEqual(verb[ParserFeatures.B0WordUpos], noun[ParserFeatures.B0WordUpos]);
        Assert.Equal(verb[ParserFeatures.S0Upos], noun[ParserFeatures.S0Upos]);
        Assert.Equal(verb[ParserFeatures.B0Lemma], noun[ParserFeatures.B0Lemma]);
    }

    [Fact]
    public void The_lemma_templates_are_the_same_for_two_inflections_of_a_verb()
    {
        // Given "saw" tagged VBD and "seen" tagged VBN, both with the lemma "see"
        var past = Extract(["NNP", "NNP", "VBD", "DT", "NN"], [UniversalPos.PROPN, UniversalPos.PROPN, UniversalPos.VERB, UniversalPos.DET, UniversalPos.NOUN], ["Maria", "Lopez", "see", "the", "report"], words: ["Maria", "Lopez", "saw", "the", "report"]);
        var participle = Extract(["NNP", "NNP", "VBN", "DT", "NN"], [UniversalPos.PROPN, UniversalPos.PROPN, UniversalPos.VERB, UniversalPos.DET, UniversalPos.NOUN], ["Maria", "Lopez", "see", "the", "report"], words: ["Maria", "Lopez", "seen", "the", "report"]);

        // Then the word and Penn tag templates at B0 differ, the lemma and universal POS ones do not
        Assert.NotEqual(past[ParserFeatures.B0WordTag], participle[ParserFeatures.B0WordTag]);
        Assert.Equal(past[ParserFeatures.B0Lemma], participle[ParserFeatures.B0Lemma]);
        Assert.Equal(past[ParserFeatures.S0UposB0Lemma], participle[ParserFeatures.S0UposB0Lemma]);
        Assert.Equal(past[ParserFeatures.B0Upos], participle[ParserFeatures.B0Upos]);
    }

    [Fact]
    public void An_output_as_long_as_feature_set_4_gets_exactly_the_first_feature_set_4_templates()
    {
        // Given the full features of a state
        var full = Extract(["NNP", "NNP", "VBD", "DT", "NN"], [UniversalPos.PROPN, UniversalPos.PROPN, UniversalPos.VERB, UniversalPos.DET, UniversalPos.NOUN], ["Maria", "Lopez", "see", "the", "report"]);

        // When the same state is extracted into an output of feature set 4's length
        var short4 = Extract(["NNP", "NNP", "VBD", "DT", "NN"], [UniversalPos.PROPN, UniversalPos.PROPN, UniversalPos.VERB, UniversalPos.DET, UniversalPos.NOUN], ["Maria", "Lopez", "see", "the", "report"], length: ParserFeatures.CountOf(4));

        // Then it holds the same values as the full output's first templates, and feature set 5 reads more
        Assert.Equal(full[..ParserFeatures.CountOf(4)], short4);
        Assert.Equal(132, ParserFeatures.CountOf(4));
        Assert.True(ParserFeatures.CountOf(5) > ParserFeatures.CountOf(4));
        Assert.True(ParserFeatures.LabelCountOf(5) > ParserFeatures.LabelCountOf(4));
    }

    [Fact]
    public void A_state_reset_without_universal_pos_reads_none_for_the_words_and_root_for_the_root()
    {
        // Given a state reset with Penn tags only
        var state = new ParseState();
        state.Reset(2, [DependencyParser.TagValue("NNP"), DependencyParser.TagValue("VBD"), DependencyParser.RootValue]);

        // Then its words have no universal POS or lemma, the root has the root value, and outside words none
        Assert.Equal(ParserFeatures.None, state.Upos(0));
        Assert.Equal(ParserFeatures.None, state.Lemma(1));
        Assert.Equal(DependencyParser.RootValue, state.Upos(2));
        Assert.Equal(ParserFeatures.None, state.Upos(-1));
    }

    [Fact]
    public void A_feature_set_4_parser_reads_neither_universal_pos_nor_lemmas()
    {
        // Given the committed parser's weights read as a feature-set-4 model (as a model trained before feature set 5
        // is loaded: only the first templates) and an invented sentence tagged by the committed tagger
        var committed = TreebankFixtures.CommittedParser;
        var model = new ParserModel(committed.Transitions, committed.LabelModel, committed.Labels, committed.Classes, 1, featureSet: 4);
        var parser = new DependencyParser(model);
        var tagged = TestDocuments.Segmented("Maria Lopez of Acme Corp said the plant would close next year, union leaders said.");
        new PosTagger(TreebankFixtures.CommittedTagger).Process(tagged);
        var blanked = TestDocuments.Segmented("Maria Lopez of Acme Corp said the plant would close next year, union leaders said.");
        new PosTagger(TreebankFixtures.CommittedTagger).Process(blanked);
        for (var i = 0; i < blanked.Tokens.Length; i++)
        {
            blanked.Tokens[i].Pos = UniversalPos.X;
            blanked.Tokens[i].Lemma = -1;
        }

        // When both are parsed
        parser.Process(tagged);
        parser.Process(blanked);

        // Then the model reads feature set 4's templates only and the trees are identical
        Assert.Equal(ParserFeatures.Version, committed.FeatureSet);
        Assert.Equal(ParserFeatures.CountOf(4), model.TemplateCount);
        Assert.Equal(tagged.Tokens.Select(t => (t.Head, t.Dependency)), blanked.Tokens.Select(t => (t.Head, t.Dependency)));
    }

    [Fact]
    public void A_model_keeps_its_feature_set_through_saving_and_a_feature_set_older_than_4_is_refused()
    {
        // Given a small feature-set-4 model
        var model = TreebankFixtures.CommittedParser;
        var small = new ParserModel(model.Transitions.Pruned(50f), model.LabelModel.Pruned(50f), model.Labels, model.Classes, 1, featureSet: 4);
        var path = Path.Combine(Path.GetTempPath(), $"chronicle-parser-v4-{Guid.NewGuid():N}.bin");
        var old = Path.Combine(Path.GetTempPath(), $"chronicle-parser-v3-{Guid.NewGuid():N}.bin");
        try
        {
            // When it is saved and loaded again, and the same weights are saved as feature set 3
            small.ToArchive().Save(path);
            var archive = small.ToArchive();
            new ModelArchive(archive.Kind, 3, archive.LinearModels, archive.StringTables).Save(old);

            // Then it is feature set 4 again, and the feature-set-3 file is refused naming the file
            Assert.Equal(4, ParserModel.Load(path).FeatureSet);
            var error = Assert.Throws<ModelLoadException>(() => ParserModel.Load(old));
            Assert.Contains(old, error.Message);
            Assert.Contains("feature set 3", error.Message);
        }
        finally
        {
            File.Delete(path);
            File.Delete(old);
        }
    }

    private static ulong[] Extract(string[] tagNames, UniversalPos[] upos, string[] lemmas, string[]? words = null, int length = ParserFeatures.Count)
    {
        words ??= s_words;
        var n = words.Length;
        var wordValues = words.Select(w => WordFeatures.NormOf(w)).Append(DependencyParser.RootValue).ToArray();
        var tags = tagNames.Select(t => DependencyParser.TagValue(t)).Append(DependencyParser.RootValue).ToArray();
        var classes = new ulong[n + 1];
        var state = new ParseState();
        state.Reset(n, tags, [.. upos.Select(DependencyParser.UposValue)], [.. lemmas.Select(l => WordFeatures.NormOf(l))]);

        // "Maria" and "Lopez" shifted and joined, so "Lopez" is S0 and "saw" is B0.
        Transitions.All.First(t => t is Shift).Apply(state, DependencyLabel.None);
        Transitions.All.First(t => t is LeftArc).Apply(state, DependencyLabel.Compound);
        Transitions.All.First(t => t is Shift).Apply(state, DependencyLabel.None);
        var output = new ulong[length];
        ParserFeatures.Extract(state, wordValues, tags, classes, output);
        return output;
    }
}
