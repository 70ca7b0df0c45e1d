using Chronicle.Entities;
using Chronicle.Learning;
using Chronicle.Pipeline;
using Chronicle.Tests.Support;
using Chronicle.Training.Entities;

namespace Chronicle.Tests.Entities;

/// <summary>Checks the model committed under models/ner/.</summary>
public sealed class CommittedNerModelTests
{
    private static readonly Lazy<EntityRecognizer> s_recognizer = new(() =>
        EntityRecognizer.Load(ModelDirectory.Resolve()));

    private static List<(string Text, EntityType Type)> Mentions(string text)
    {
        var document = TestDocuments.Segmented(text);
        s_recognizer.Value.Process(document);
        return [.. document.Mentions.Select(m => (document.TextOf(m.Characters).ToString(), m.Type))];
    }

    [Theory]
    [InlineData("Moscow: Vladimir Putin planned more talks on Tuesday after a Kremlin dinner.", "Vladimir Putin", EntityType.PERSON)]
    [InlineData("The talks were held in Moscow on Tuesday.", "Moscow", EntityType.GPE)]
    [InlineData("Xi has been trying to portray Beijing as a peacemaker in Ukraine.", "Ukraine", EntityType.GPE)]
    [InlineData("In televised comments, Putin told Xi he viewed the proposals with respect.", "Xi", EntityType.PERSON)]
    [InlineData("Last week the International Criminal Court issued an arrest warrant.", "International Criminal Court", EntityType.ORG)]
    [InlineData("White House spokesman John Kirby said the visit mattered.", "John Kirby", EntityType.PERSON)]
    public void The_committed_model_finds_the_seed_names(string sentence, string name, EntityType type)
    {
        var mentions = Mentions(sentence);

        Assert.Contains((name, type), mentions);
    }

    /// <summary>
    /// Names the GUM-trained model gets wrong (see models/README.md, NER, known gaps): "Xi Jinping" is missed
    /// (neither token occurs in GUM or in the unlabelled news) and "Chatham House" comes out as a place. The
    /// actor gazetteer marks both (see <see cref="ActorGazetteerTests"/>), but GUM's training text has too few
    /// knowledge-base people and organisations for those marks to outweigh the word features; this pins the
    /// behaviour so a change is noticed.
    /// </summary>
    [Fact]
    public void Known_gaps_stay_as_documented()
    {
        var xi = Mentions("Russian President Vladimir Putin and his Chinese counterpart Xi Jinping met in Moscow on Monday.");
        var chatham = Mentions("Yu Jie, senior research fellow at Chatham House in London, said the visit mattered.");

        Assert.Contains(("Vladimir Putin", EntityType.PERSON), xi);
        Assert.DoesNotContain(xi, m => m.Text.Contains("Jinping", StringComparison.Ordinal));
        Assert.Contains(("Chatham House", EntityType.GPE), chatham);
        Assert.Same(ActorGazetteer.Default, s_recognizer.Value.Model.Gazetteer);
    }

    [Fact]
    public void Every_token_tag_agrees_with_the_mentions()
    {
        var document = TestDocuments.Segmented("Vladimir Putin met Xi Jinping in Moscow. The International Criminal Court issued a warrant.");
        s_recognizer.Value.Process(document);

        var fromTags = new List<EntityMention>();
        BilouSpans.Collect(document, 0, [.. document.Tokens.Select(t => t.EntityTag)], fromTags);
        Assert.Equal(document.Mentions, fromTags);
    }

    [Fact]
    public void The_gum_test_split_scores_do_not_regress()
    {
        // Given the GUM test split (skipped without ../shared)
        var gum = SharedData.SharedPath("corpora", "ud", "gum");
        var files = Directory.GetFiles(gum, "*.conllu").Order(StringComparer.Ordinal).ToArray();
        var ids = files.Select(Path.GetFileNameWithoutExtension).ToList();
        var test = files.Where(f => GumSplit.PartOf(Path.GetFileNameWithoutExtension(f)!, ids!) == NerSplitPart.Test).Select(GumNerReader.Read).ToList();

        // When the committed model labels it
        var scores = NerEvaluator.Evaluate(s_recognizer.Value.Model, test);

        // Then the entity F1 stays where models/ner/meta.json says it was when trained
        // (0.711; PERSON 0.770, GPE 0.741, ORG 0.622), within a point.
        Assert.InRange(scores.F1(), 0.70, 1.0);
        Assert.InRange(scores.F1(EntityType.PERSON), 0.76, 1.0);
        Assert.InRange(scores.F1(EntityType.GPE), 0.73, 1.0);
        Assert.InRange(scores.F1(EntityType.ORG), 0.612, 1.0);
        Assert.NotNull(s_recognizer.Value.Model.FirstStage);
        Assert.True(s_recognizer.Value.Model.Lexicon is { Count: > 1000 });
    }
}
