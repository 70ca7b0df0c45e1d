using Chronicle.Documents;
using Chronicle.Learning;
using Chronicle.Parsing;
using Chronicle.Tagging;
using Chronicle.Tests.Support;
using Chronicle.Training.Parsing;
using Chronicle.Training.Tagging;

namespace Chronicle.Tests.Parsing;

public sealed class DependencyParserTests
{
    private const string Seed = "Coming just days after an international court accused Putin of war crimes, Washington denounced Xi's visit, saying it showed Beijing was providing Moscow with diplomatic cover.";

    private static readonly ParserTrainingOptions s_tiny = new() { Epochs = 15, Seed = 2, Exploration = 0.5, PruneTransitionsBelow = 0.01f, PruneLabelsBelow = 0.01f };

    [Fact]
    public void The_parser_overfits_a_handful_of_sentences()
    {
        // Given five hand-annotated sentences and their gold tags
        var sentences = TreebankFixtures.Handful();

        // When a parser is trained on them and parses them again with gold tags
        var model = ParserTrainer.Train(sentences, [.. sentences.Select(s => s.Xpos)], s_tiny);
        var scores = ParserEvaluation.Evaluate(model, sentences, tagger: null);

        // Then every head and label is reproduced
        Assert.Equal(1.0, scores.Uas);
        Assert.Equal(1.0, scores.Las);
    }

    [Fact]
    public void A_saved_and_reloaded_parser_parses_the_same()
    {
        // Given a trained parser saved to a file
        var sentences = TreebankFixtures.Handful();
        var model = ParserTrainer.Train(sentences, [.. sentences.Select(s => s.Xpos)], s_tiny);
        var path = Path.Combine(Path.GetTempPath(), $"chronicle-parser-{Guid.NewGuid():N}.bin");
        try
        {
            model.ToArchive().Save(path);

            // When it is loaded again
            var reloaded = ParserModel.Load(path);

            // Then it parses new text exactly as the original does
            var tagger = TaggerTrainer.Train(sentences, new TaggerTrainingOptions { Epochs = 5 });
            Assert.Equal(Parse(new DependencyParser(model), Seed, tagger), Parse(new DependencyParser(reloaded), Seed, tagger));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Parsing_documents_in_parallel_equals_parsing_them_one_at_a_time()
    {
        // Given the committed parser and a multi-sentence text
        var parser = new DependencyParser(TreebankFixtures.CommittedParser);
        const string first = "Putin met Xi in Moscow on Tuesday.";
        const string second = "Washington denounced the visit, officials said.";
        var expected = Parse(parser, first + " " + second);

        // When twenty copies are parsed concurrently with one instance, and the sentences one by one
        var results = new string[20];
        Parallel.For(0, results.Length, i => results[i] = Parse(parser, first + " " + second));
        var firstAlone = Parse(parser, first);

        // Then every result equals the one-at-a-time result
        Assert.All(results, r => Assert.Equal(expected, r));
        Assert.StartsWith(firstAlone, expected);
    }

    [Fact]
    public void The_committed_models_parse_the_seed_sentence_sensibly()
    {
        // Given the committed tagger and parser
        var document = TestDocuments.Segmented(Seed);
        new PosTagger(TreebankFixtures.CommittedTagger).Process(document);

        // When the seed sentence is parsed
        new DependencyParser(TreebankFixtures.CommittedParser).Process(document);

        // Then "Washington" is the subject of "denounced" and "visit" its object
        var index = new Dictionary<string, int>();
        for (var i = 0; i < document.Tokens.Length; i++)
        {
            index.TryAdd(document.Token(i).ToString(), i);
        }

        var denounced = index["denounced"];
        Assert.Equal((denounced, DependencyLabel.Nsubj), (document.Tokens[index["Washington"]].Head, document.Tokens[index["Washington"]].Dependency));
        Assert.Equal((denounced, DependencyLabel.Obj), (document.Tokens[index["visit"]].Head, document.Tokens[index["visit"]].Dependency));
        Assert.Equal((index["accused"], DependencyLabel.Obj), (document.Tokens[index["Putin"]].Head, document.Tokens[index["Putin"]].Dependency));
        // Which of the two clauses is the root is not pinned: the seed-averaged parser hangs "denounced" on
        // "accused", a shape the event coder reads as the main clause (ParseShapeRepairsTests).
        Assert.Single(document.Tokens, t => t.Head < 0);
    }

    [Fact]
    public void Empty_documents_and_a_2000_token_sentence_get_a_single_rooted_tree()
    {
        // Given an empty document and one 2,000-token sentence, tagged
        var tagger = new PosTagger(TreebankFixtures.CommittedTagger);
        var parser = new DependencyParser(TreebankFixtures.CommittedParser);
        var empty = new Document("", new ArticleMetadata("empty"));
        var longDocument = new Document(string.Join(" ", Enumerable.Repeat("the officials said that", 500)), new ArticleMetadata("long"));
        new Chronicle.Segmentation.Segmenter().Process(longDocument);
        tagger.Process(longDocument);

        // When both are parsed
        parser.Process(empty);
        parser.Process(longDocument);

        // Then the long sentence is one tree: a single root, every other word headed inside the sentence
        Assert.Empty(empty.Tokens);
        Assert.Single(longDocument.Tokens, t => t.Head < 0);
        Assert.All(longDocument.Tokens, t => Assert.True(t.Head < 2000 && t.Dependency != DependencyLabel.None));
    }

    [Fact]
    public void Following_zero_cost_transitions_rebuilds_a_projective_gold_tree()
    {
        // Given projective gold trees
        foreach (var sentence in TreebankFixtures.Handful())
        {
            var n = sentence.Length;
            var gold = sentence.Heads.Select(h => h < 0 ? n : h).Append(-1).ToArray();
            var state = new ParseState();
            state.Reset(n);

            // When the dynamic oracle's zero-cost transitions are followed
            while (!state.IsTerminal)
            {
                var next = Transitions.All.First(t => t.IsValid(state) && t.Cost(state, gold) == 0);
                next.Apply(state, DependencyLabel.Dep);
            }

            // Then the tree built is the gold tree
            Assert.Equal(gold.Take(n), Enumerable.Range(0, n).Select(state.Head));
        }
    }

    [Fact]
    public void Lifting_makes_a_non_projective_tree_projective()
    {
        // Given "A hearing is scheduled on the issue today": "on the issue" hangs off "hearing" across "is scheduled"
        int[] heads = [1, 3, 3, -1, 6, 6, 1, 3];

        // When it is projectivised
        var (projective, lifted) = Projectivizer.Projectivize(heads);

        // Then the crossing arc moves up to the verb and nothing else changes
        Assert.Equal(1, lifted);
        Assert.Equal([1, 3, 3, -1, 6, 6, 3, 3], projective);
    }

    [Fact]
    public void A_missing_parser_model_is_a_model_load_error_naming_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"chronicle-missing-{Guid.NewGuid():N}", "parser", "model.bin");
        var error = Assert.Throws<ModelLoadException>(() => ParserModel.Load(path));
        Assert.Contains(path, error.Message);
    }

    private static string Parse(DependencyParser parser, string text, TaggerModel? tagger = null)
    {
        var document = TestDocuments.Segmented(text);
        new PosTagger(tagger ?? TreebankFixtures.CommittedTagger).Process(document);
        parser.Process(document);
        return string.Join(" ", document.Sentences.SelectMany(s => Enumerable.Range(s.Tokens.Start, s.Tokens.Length)
            .Select(i => $"{document.Token(i)}<{(document.Tokens[i].Head < 0 ? -1 : document.Tokens[i].Head - s.Tokens.Start)}:{DependencyLabels.ToUd(document.Tokens[i].Dependency)}")));
    }
}
