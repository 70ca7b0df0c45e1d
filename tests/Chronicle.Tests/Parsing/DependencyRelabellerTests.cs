using Chronicle.Documents;
using Chronicle.Learning;
using Chronicle.Parsing;
using Chronicle.Tagging;
using Chronicle.Tests.Support;
using Chronicle.Training.Corpora;
using Chronicle.Training.Parsing;

namespace Chronicle.Tests.Parsing;

public sealed class DependencyRelabellerTests
{
    private static readonly ParserTrainingOptions s_parser = new() { Epochs = 10, Seed = 1, Exploration = 0.5, PruneTransitionsBelow = 0.01f, PruneLabelsBelow = 0.01f };
    private static readonly RelabellerTrainingOptions s_relabeller = new() { Epochs = 6, Seed = 1, PruneBelow = 0.01f };

    [Fact]
    public void A_parser_saved_without_a_relabeller_holds_only_the_parser_sections_and_loads_without_one()
    {
        // Given a tiny parser trained on the fixture sentences, saved without a relabeller
        var parser = TinyParser();
        var path = TempModelPath();
        parser.ToArchive().Save(path);

        // When it is loaded again
        var archive = ModelArchive.Load(path, ParserModel.Kind, ParserFeatures.OldestVersion, ParserFeatures.Version);
        var loaded = ParserModel.Load(path);

        // Then the file has exactly the sections parser files had before the relabeller, and the model has none
        Assert.Equal(["labels", "transitions"], archive.LinearModels.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["clusters-coarse", "clusters-fine", "decoding", "labels"], archive.StringTables.Keys.Order(StringComparer.Ordinal));
        Assert.Null(loaded.Relabeller);
    }

    [Fact]
    public void A_parser_without_a_relabeller_writes_the_arc_time_labels_it_always_wrote()
    {
        // Given a tiny parser and the same parser with a relabeller, and an invented sentence
        var parser = TinyParser();
        var withRelabeller = parser.WithRelabeller(TinyRelabeller(parser, TreebankFixtures.Handful()));
        const string text = "Maria Lopez of Acme Corp said the plant was closed in May.";

        // When each parses it with the same tags, and the plain parser's greedy parse is read from its state
        var plain = Parse(new DependencyParser(parser), text);
        var relabelled = Parse(new DependencyParser(withRelabeller), text);
        var state = GreedyState(parser, text);

        // Then the plain parser's labels are its arc-time labels, and the relabeller kept every head
        Assert.Equal(Enumerable.Range(0, plain.Length).Select(state.Label), plain.Select(t => t.Dependency));
        Assert.Equal(plain.Select(t => t.Head), relabelled.Select(t => t.Head));
    }

    [Fact]
    public void The_relabeller_changes_labels_only_never_heads_and_keeps_root_attachments_root()
    {
        // Given a relabeller trained to call every non-root arc "dep" (every gold label replaced)
        var parser = TinyParser();
        var sentences = TreebankFixtures.Handful().Select(s => s with { Labels = [.. s.Labels.Select(l => l == DependencyLabel.Root ? l : DependencyLabel.Dep)] }).ToList();
        var relabeller = TinyRelabeller(parser, sentences);
        const string text = "Maria Lopez of Acme Corp said the company would open a plant.";

        // When the parser parses an invented sentence with and without it
        var plain = Parse(new DependencyParser(parser), text);
        var relabelled = Parse(new DependencyParser(parser.WithRelabeller(relabeller)), text);

        // Then the heads are the same, root attachments stay root and every other arc is relabelled "dep"
        Assert.Equal(plain.Select(t => t.Head), relabelled.Select(t => t.Head));
        Assert.Contains(plain, t => t.Dependency != DependencyLabel.Dep && t.Head >= 0);
        Assert.All(relabelled, t => Assert.Equal(t.Head < 0 ? DependencyLabel.Root : DependencyLabel.Dep, t.Dependency));
    }

    [Fact]
    public void Arcs_the_parser_labelled_with_a_wide_margin_keep_their_arc_time_label()
    {
        // Given an "all dep" relabeller that only relabels arcs whose arc-time margin is under 2 (buckets 0 and 1)
        var parser = TinyParser();
        var sentences = TreebankFixtures.Handful().Select(s => s with { Labels = [.. s.Labels.Select(l => l == DependencyLabel.Root ? l : DependencyLabel.Dep)] }).ToList();
        var relabeller = RelabellerTrainer.Train(Examples(parser, sentences), s_relabeller with { MarginBelow = 2 });
        const string text = "Maria Lopez of Acme Corp said the company would open a plant.";

        // When the parser parses an invented sentence with it, and the arc-time margins are read from a plain parse
        var relabelled = Parse(new DependencyParser(parser.WithRelabeller(relabeller)), text);
        var (state, alternatives) = GreedyParse(parser, text);

        // Then every arc at or above the margin keeps its arc-time label, and some under it are relabelled
        Assert.Equal(2, relabeller.MarginBelow);
        Assert.Contains(alternatives, a => a >> 8 >= 2);
        for (var i = 0; i < relabelled.Length; i++)
        {
            if (relabelled[i].Head < 0 || alternatives[i] >> 8 >= 2)
            {
                Assert.Equal(state.Label(i), relabelled[i].Dependency);
            }
        }

        Assert.Contains(Enumerable.Range(0, relabelled.Length), i => relabelled[i].Head >= 0 && alternatives[i] >> 8 < 2 && relabelled[i].Dependency != state.Label(i));
    }

    [Fact]
    public void The_committed_parser_relabels_without_moving_a_head()
    {
        // Given the committed parser, which carries a relabeller, and the same parser without it
        var committed = TreebankFixtures.CommittedParser;
        const string text = "Maria Lopez of Acme Corp said on Monday that the company would open a new plant in Lisbon next year.";

        // When both parse an invented sentence
        var relabelled = Parse(new DependencyParser(committed), text);
        var plain = Parse(new DependencyParser(committed.WithRelabeller(null)), text);

        // Then the heads are the same and "Maria" (heading "Maria Lopez", as UD's flat names do) is still the subject of "said"
        Assert.NotNull(committed.Relabeller);
        Assert.Equal(plain.Select(t => t.Head), relabelled.Select(t => t.Head));
        Assert.Equal(5, relabelled[0].Head);
        Assert.Equal(DependencyLabel.Nsubj, relabelled[0].Dependency);
    }

    [Fact]
    public void A_relabeller_learns_the_gold_labels_from_wrong_arc_time_labels()
    {
        // Given the fixture trees whose arc-time labels are all wrong ("dep")
        var sentences = TreebankFixtures.Handful();
        var examples = Examples(TinyParser(), sentences).Select(e => e with { ArcLabels = [.. e.ArcLabels.Select(l => l == DependencyLabel.Root ? l : DependencyLabel.Dep)] }).ToList();

        // When a relabeller is trained on them and relabels them
        var relabeller = RelabellerTrainer.Train(examples, s_relabeller);
        var scores = RelabelEvaluation.Evaluate(examples, relabeller);

        // Then it recovers the gold labels
        Assert.True(scores.ArcLas < 0.5, $"arc-time LAS {scores.ArcLas:P1}");
        Assert.Equal(1.0, scores.Las);
    }

    [Fact]
    public void Relabeller_training_is_deterministic_and_one_listed_seed_is_plain_training()
    {
        // Given the fixture trees with a tiny parser's arc-time labels
        var examples = Examples(TinyParser(), TreebankFixtures.Handful());

        // When the relabeller is trained twice with seed 3, and once with the seed list [3]
        var first = RelabellerTrainer.Train(examples, s_relabeller with { Seed = 3 });
        var second = RelabellerTrainer.Train(examples, s_relabeller with { Seed = 3 });
        var listed = RelabellerTrainer.Train(examples, s_relabeller with { Seeds = [3] });

        // Then all three save to the same bytes
        var parser = TinyParser();
        Assert.Equal(Bytes(parser.WithRelabeller(first)), Bytes(parser.WithRelabeller(second)));
        Assert.Equal(Bytes(parser.WithRelabeller(first)), Bytes(parser.WithRelabeller(listed)));
    }

    [Fact]
    public void A_parser_with_a_relabeller_round_trips_through_its_model_file()
    {
        // Given a tiny parser with a relabeller, saved
        var parser = TinyParser();
        var model = parser.WithRelabeller(TinyRelabeller(parser, TreebankFixtures.Handful()));
        var path = TempModelPath();
        model.ToArchive().Save(path);

        // When it is loaded and both parse an invented sentence
        var loaded = ParserModel.Load(path);
        const string text = "Maria Lopez of Acme Corp said the plant was closed in May.";

        // Then the loaded model has the relabeller and parses exactly as the saved one
        Assert.NotNull(loaded.Relabeller);
        Assert.Equal(model.Relabeller!.Model.FeatureCount, loaded.Relabeller.Model.FeatureCount);
        Assert.Equal(Parse(new DependencyParser(model), text), Parse(new DependencyParser(loaded), text));
    }

    [Theory]
    [InlineData("no-labels")]
    [InlineData("wrong-label-count")]
    [InlineData("unknown-label")]
    [InlineData("other-feature-set")]
    [InlineData("bad-margin")]
    public void A_corrupt_relabeller_section_is_a_model_load_error_naming_the_file(string corruption)
    {
        // Given a parser file whose relabeller sections are damaged
        var parser = TinyParser();
        var archive = parser.WithRelabeller(TinyRelabeller(parser, TreebankFixtures.Handful())).ToArchive();
        var strings = archive.StringTables.ToDictionary(t => t.Key, t => t.Value);
        switch (corruption)
        {
            case "no-labels":
                strings.Remove("relabel-labels");
                break;
            case "wrong-label-count":
                strings["relabel-labels"] = [.. strings["relabel-labels"].Skip(1)];
                break;
            case "unknown-label":
                strings["relabel-labels"] = [.. strings["relabel-labels"].Select((l, i) => i == 0 ? "nonsense:relation" : l)];
                break;
            case "bad-margin":
                strings["relabel-features"] = [strings["relabel-features"][0], "margin-below=99"];
                break;
            default:
                strings["relabel-features"] = ["999"];
                break;
        }

        var path = TempModelPath();
        new ModelArchive(archive.Kind, archive.FeatureSetVersion, archive.LinearModels, strings).Save(path);

        // When it is loaded, then the load fails with a model load error naming the file
        var error = Assert.Throws<ModelLoadException>(() => ParserModel.Load(path));
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void A_truncated_parser_file_with_a_relabeller_is_a_model_load_error()
    {
        // Given a parser file with a relabeller, cut short
        var parser = TinyParser();
        using var stream = new MemoryStream();
        parser.WithRelabeller(TinyRelabeller(parser, TreebankFixtures.Handful())).ToArchive().Save(stream);
        var path = TempModelPath();
        File.WriteAllBytes(path, stream.ToArray()[..(int)(stream.Length * 3 / 4)]);

        // When it is loaded, then the load fails with a model load error
        Assert.Throws<ModelLoadException>(() => ParserModel.Load(path));
    }

    [Fact]
    public void Words_are_visited_heads_before_dependents_and_a_cycle_is_left_out()
    {
        // Given "Maria Lopez of Acme said": said is the root, Lopez its subject, Maria and Acme under Lopez, of under
        // Acme; and a second tree where words 1 and 2 head each other
        int[] heads = [1, 4, 3, 1, -1];
        int[] cyclic = [-1, 2, 1];

        // When the words are ordered top-down
        var order = TopDown(heads);
        var cyclicOrder = TopDown(cyclic);

        // Then every head comes before its dependents and siblings go left to right; the cycle is unreachable
        Assert.Equal([4, 1, 0, 3, 2], order);
        Assert.Equal([0], cyclicOrder);
    }

    [Fact]
    public void The_runner_up_label_and_a_power_of_two_margin_bucket_are_packed_together()
    {
        // Given scores over three labels, root among them
        DependencyLabel[] labels = [DependencyLabel.Nsubj, DependencyLabel.Root, DependencyLabel.Obj];
        float[] scores = [10f, 50f, 4.5f];

        // When the runner-up of the best non-root label (nsubj) is packed
        var packed = DependencyParser.Alternative(scores, DependencyLabel.Nsubj, labels, rootClass: 1);

        // Then it is obj (root is never a runner-up) with margin 5.5, in bucket 3 ([4, 8))
        Assert.Equal(DependencyLabel.Obj, (DependencyLabel)(packed & 0xFF));
        Assert.Equal(3, packed >> 8);
    }

    private static int[] TopDown(int[] heads)
    {
        var firstChild = new int[heads.Length];
        var nextSibling = new int[heads.Length];
        var order = new int[heads.Length];
        var root = RelabelFeatures.Link(heads, firstChild, nextSibling);
        return order[..RelabelFeatures.TopDown(root, firstChild, nextSibling, order)];
    }

    private static ParserModel TinyParser()
    {
        var sentences = TreebankFixtures.Handful();
        return ParserTrainer.Train(sentences, [.. sentences.Select(s => s.Xpos)], s_parser);
    }

    private static DependencyRelabeller TinyRelabeller(ParserModel parser, IReadOnlyList<GoldSentence> sentences) =>
        RelabellerTrainer.Train(Examples(parser, sentences), s_relabeller);

    private static List<RelabelExample> Examples(ParserModel parser, IReadOnlyList<GoldSentence> sentences)
    {
        var parserExamples = sentences.Select(s => ParserTrainer.ToExample(s, s.Xpos, null, null, WordClasses.Empty, out _)).ToList();
        return RelabelExamples.Training(sentences, parserExamples, ArcTimeLabels.Predict(parserExamples, parser));
    }

    private static TokenData[] Parse(DependencyParser parser, string text)
    {
        var document = TestDocuments.Segmented(text);
        new PosTagger(TreebankFixtures.CommittedTagger).Process(document);
        parser.Process(document);
        return [.. document.Tokens];
    }

    private static ParseState GreedyState(ParserModel parser, string text) => GreedyParse(parser, text).State;

    private static (ParseState State, ushort[] Alternatives) GreedyParse(ParserModel parser, string text)
    {
        var document = TestDocuments.Segmented(text);
        new PosTagger(TreebankFixtures.CommittedTagger).Process(document);
        var n = document.Tokens.Length;
        var words = new ulong[n + 1];
        var tags = new ulong[n + 1];
        var classes = new ulong[n + 1];
        var upos = new ulong[n];
        var lemmas = new ulong[n];
        DependencyParser.FeatureValues(document, new TokenRange(0, n), [.. document.TagNames.Select(t => DependencyParser.TagValue(t))], parser.Classes,
            words, tags, classes, upos, lemmas);
        var state = new ParseState();
        var alternatives = new ushort[n];
        new DependencyParser(parser).Parse(state, words, tags, classes, upos, lemmas, alternatives);
        return (state, alternatives);
    }

    private static byte[] Bytes(ParserModel model)
    {
        using var stream = new MemoryStream();
        model.ToArchive().Save(stream);
        return stream.ToArray();
    }

    private static string TempModelPath()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"chronicle-relabel-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, "model.bin");
    }
}
