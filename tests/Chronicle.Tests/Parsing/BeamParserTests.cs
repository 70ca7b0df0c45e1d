using Chronicle.Documents;
using Chronicle.Parsing;
using Chronicle.Tagging;
using Chronicle.Tests.Support;
using Chronicle.Training.Corpora;
using Chronicle.Training.Parsing;

namespace Chronicle.Tests.Parsing;

public sealed class BeamParserTests
{
    private const string Text = "Maria Lopez of Acme Corp said on Monday that the company would not sell its plant in Springfield. " +
        "The board, which met twice last week, accused the former chief executive of hiding losses from investors. " +
        "Shares fell 4% before trading was halted, and analysts said the dispute could drag on for months.";

    private static readonly ParserTrainingOptions s_tinyBeam = new() { Epochs = 15, Seed = 3, BeamWidth = 4, PruneTransitionsBelow = 0.01f, PruneLabelsBelow = 0.01f };

    [Fact]
    public void A_beam_of_width_1_makes_exactly_the_greedy_parsers_choices()
    {
        // Given the committed (greedy) parser and invented news text, plus the first 400 EWT dev sentences when the corpora are there
        var documents = new List<Document> { Tagged(Text) };
        if (SharedData.SharedDirectory is not null)
        {
            var dev = new UdCorpus(SharedData.SharedPath("corpora", "ud")).EwtDev();
            documents.AddRange(dev.Take(400).Select(s => Tagged(s.ToDocument())));
        }

        // When each is parsed greedily and with a beam of width 1 (without the relabeller: the beam keeps no runner-up
        // labels, so the relabeller's margin gate cannot skip the same arcs after it)
        var parser = TreebankFixtures.CommittedParser.WithRelabeller(null);
        var greedy = new DependencyParser(parser, beamWidth: 1);
        var beam = new DependencyParser(parser, beamWidth: 1, forceBeam: true);

        // Then every head and label agrees
        foreach (var document in documents)
        {
            Assert.Equal(Parse(greedy, document), Parse(beam, document));
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(8)]
    public void The_beam_always_returns_one_rooted_tree_per_sentence(int width)
    {
        // Given the committed models, a beam of the given width, and text with ordinary, odd and empty sentences
        var parser = new DependencyParser(TreebankFixtures.CommittedParser, beamWidth: width);
        var document = Tagged(Text + " ) ( , , . " + "Acme Acme Acme said said ! ? " + "Maria, Lopez; Springfield: 4% 4% and and.");

        // When it is parsed
        parser.Process(document);

        // Then each sentence is a tree: one root, heads inside the sentence, no cycles, every word labelled
        AssertTrees(document);
    }

    [Fact]
    public void The_beam_handles_an_empty_document_and_a_2000_token_sentence()
    {
        // Given an empty document and one 2,000-token sentence, tagged, and a beam of width 4
        var parser = new DependencyParser(TreebankFixtures.CommittedParser, beamWidth: 4);
        var empty = new Document("", new ArticleMetadata("empty"));
        var longDocument = Tagged(string.Join(" ", Enumerable.Repeat("the officials said that", 500)));

        // When both are parsed
        parser.Process(empty);
        parser.Process(longDocument);

        // Then the long sentence is one tree
        Assert.Empty(empty.Tokens);
        Assert.Single(longDocument.Sentences);
        AssertTrees(longDocument);
    }

    [Fact]
    public void Global_beam_training_fits_a_handful_of_sentences_and_the_width_survives_saving()
    {
        // Given five hand-annotated sentences and their gold tags
        var sentences = TreebankFixtures.Handful();

        // When a parser is trained on them with a beam of 4 (max-violation), saved and loaded again
        var model = ParserTrainer.Train(sentences, [.. sentences.Select(s => s.Xpos)], s_tinyBeam);
        var path = Path.Combine(Path.GetTempPath(), $"chronicle-beam-parser-{Guid.NewGuid():N}.bin");
        ParserModel reloaded;
        try
        {
            model.ToArchive().Save(path);
            reloaded = ParserModel.Load(path);
        }
        finally
        {
            File.Delete(path);
        }

        // Then it parses them back exactly with its own beam, and the model records the width
        var scores = ParserEvaluation.Evaluate(reloaded, sentences, tagger: null);
        Assert.Equal(4, reloaded.BeamWidth);
        Assert.Equal(1.0, scores.Uas);
        Assert.Equal(1.0, scores.Las);
    }

    [Fact]
    public void Early_update_training_also_fits_a_handful_of_sentences()
    {
        var sentences = TreebankFixtures.Handful();
        var model = ParserTrainer.Train(sentences, [.. sentences.Select(s => s.Xpos)], s_tinyBeam with { BeamUpdate = BeamUpdate.Early, BeamWidth = 2 });
        Assert.Equal(1.0, ParserEvaluation.Evaluate(model, sentences, tagger: null).Uas);
    }

    [Fact]
    public void A_model_saved_before_beam_training_existed_loads_as_greedy()
    {
        // The committed model has no "decoding" table
        Assert.Equal(1, TreebankFixtures.CommittedParser.BeamWidth);
        Assert.Equal(1, new DependencyParser(TreebankFixtures.CommittedParser).BeamWidth);
        Assert.Equal(3, new DependencyParser(TreebankFixtures.CommittedParser, beamWidth: 3).BeamWidth);
    }

    private static Document Tagged(string text)
    {
        var document = TestDocuments.Segmented(text);
        return Tagged(document);
    }

    private static Document Tagged(Document document)
    {
        new PosTagger(TreebankFixtures.CommittedTagger).Process(document);
        return document;
    }

    private static string Parse(DependencyParser parser, Document document)
    {
        parser.Process(document);
        return string.Join(" ", document.Tokens.Select(t => $"{t.Head}:{DependencyLabels.ToUd(t.Dependency)}"));
    }

    private static void AssertTrees(Document document)
    {
        foreach (var sentence in document.Sentences)
        {
            var range = sentence.Tokens;
            var roots = 0;
            for (var i = range.Start; i < range.Start + range.Length; i++)
            {
                var token = document.Tokens[i];
                Assert.NotEqual(DependencyLabel.None, token.Dependency);
                if (token.Head < 0)
                {
                    roots++;
                    Assert.Equal(DependencyLabel.Root, token.Dependency);
                    continue;
                }

                Assert.InRange(token.Head, range.Start, range.Start + range.Length - 1);
                // Following heads must reach the root within the sentence's length, else there is a cycle.
                var steps = 0;
                for (var word = i; word >= 0; word = document.Tokens[word].Head)
                {
                    Assert.True(++steps <= range.Length + 1, $"token {i} is on a cycle");
                }
            }

            Assert.Equal(1, roots);
        }
    }
}
