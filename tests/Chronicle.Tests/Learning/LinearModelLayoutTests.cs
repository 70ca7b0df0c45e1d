using Chronicle.Documents;
using Chronicle.Learning;
using Chronicle.Parsing;
using Chronicle.Tagging;
using Chronicle.Tests.Support;
using Chronicle.Training.Corpora;

namespace Chronicle.Tests.Learning;

public sealed class LinearModelLayoutTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Both_layouts_refuse_the_empty_key_and_a_repeated_key(bool compact)
    {
        // Given feature lists with key 0 (the empty-slot mark) and with one key twice
        ulong[] withZero = [5, 0, 9];
        ulong[] withRepeat = [5, 9, 5];

        // When models are built from them, Then each is refused with the reason
        var zero = Assert.Throws<ArgumentException>(() => new LinearModel(2, withZero, new float[6], compact));
        Assert.Contains("reserved", zero.Message, StringComparison.Ordinal);
        var repeat = Assert.Throws<ArgumentException>(() => new LinearModel(2, withRepeat, new float[6], compact));
        Assert.Contains("appears twice", repeat.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_compact_layout_scores_exactly_as_the_wide_layout(int classCount)
    {
        // Given a random model of a few classes (some features unknown to it, some rows partly zero), in both layouts
        var random = new Random(11);
        var keys = Enumerable.Range(0, 5000).Select(_ => (ulong)random.NextInt64(1, long.MaxValue)).Distinct().ToArray();
        var weights = keys.SelectMany(_ => Enumerable.Range(0, classCount).Select(_ => random.Next(4) == 0 ? 0f : (float)(random.NextDouble() * 20 - 10))).ToArray();
        var compact = new LinearModel(classCount, keys, weights);
        var wide = new LinearModel(classCount, keys, weights, compact: false);

        // When both score the same feature sets
        for (var trial = 0; trial < 200; trial++)
        {
            var features = Enumerable.Range(0, 40).Select(_ => random.Next(3) == 0 ? (ulong)random.NextInt64(1, long.MaxValue) : keys[random.Next(keys.Length)]).ToArray();
            var a = new float[classCount];
            var b = new float[classCount];
            compact.AddScores(features, a);
            wide.AddScores(features, b);

            // Then the scores are the same to the bit
            Assert.Equal(b.Select(BitConverter.SingleToInt32Bits), a.Select(BitConverter.SingleToInt32Bits));
        }

        // And both list the same rows
        Assert.Equal(wide.Rows().OrderBy(r => r.Feature).Select(r => (r.Feature, string.Join(",", r.Weights.ToArray()))),
            compact.Rows().OrderBy(r => r.Feature).Select(r => (r.Feature, string.Join(",", r.Weights.ToArray()))));
    }

    [Fact]
    public void The_committed_parser_parses_the_same_with_either_layout()
    {
        // Given the committed parser, and a copy whose transition model keeps the wide layout
        var model = TreebankFixtures.CommittedParser;
        var rows = model.Transitions.Rows().ToArray();
        var wideTransitions = new LinearModel(model.Transitions.ClassCount, [.. rows.Select(r => r.Feature)], [.. rows.SelectMany(r => r.Weights.ToArray())], compact: false);
        var wide = new ParserModel(wideTransitions, model.LabelModel, model.Labels, model.Classes, model.BeamWidth, model.FeatureSet, model.Relabeller);
        var documents = new List<Document> { TestDocuments.Segmented("Maria Lopez of Acme Corp said on Monday that the company would not sell its plant, which employs 400 people.") };
        if (SharedData.SharedDirectory is not null)
        {
            documents.AddRange(new UdCorpus(SharedData.SharedPath("corpora", "ud")).EwtDev().Take(300).Select(s => s.ToDocument()));
        }

        // When every document is parsed with both
        foreach (var document in documents)
        {
            new PosTagger(TreebankFixtures.CommittedTagger).Process(document);
            new DependencyParser(model).Process(document);
            var expected = document.Tokens.Select(t => (t.Head, t.Dependency)).ToArray();
            new DependencyParser(wide).Process(document);

            // Then every head and label agrees
            Assert.Equal(expected, document.Tokens.Select(t => (t.Head, t.Dependency)).ToArray());
        }
    }
}
