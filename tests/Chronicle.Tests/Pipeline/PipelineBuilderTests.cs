using Chronicle.Documents;
using Chronicle.Pipeline;
using Chronicle.Segmentation;

namespace Chronicle.Tests.Pipeline;

public sealed class PipelineBuilderTests
{
    private sealed class NeedsParses : IPipe
    {
        public string Name => "needs-parses";

        public PipeContract Contract { get; } = new(Annotation.Dependencies, Annotation.Events);

        public void Process(Document document, CancellationToken cancellationToken = default)
        {
        }
    }

    [Fact]
    public void A_component_whose_requirement_no_earlier_component_assigns_is_refused()
    {
        var builder = new PipelineBuilder().Add(new Segmenter()).Add(new NeedsParses());

        var error = Assert.Throws<PipelineContractException>(builder.Build);

        Assert.Contains("needs-parses", error.Message);
        Assert.Contains("Dependencies", error.Message);
    }

    [Fact]
    public void English_only_components_are_skipped_with_a_note_for_other_languages()
    {
        var ran = false;
        var pipeline = new PipelineBuilder().Add(new Segmenter()).Add(new Probe(() => ran = true)).Build();
        var document = new Document("Der Kanzler sprach.", new ArticleMetadata("de")) { Language = "de" };

        pipeline.Process(document);

        Assert.False(ran);
        Assert.NotEmpty(document.Tokens);
        Assert.Contains(document.Notes, n => n.Contains("'de'", StringComparison.Ordinal));
    }

    private sealed class Probe(Action onRun) : IPipe
    {
        public string Name => "probe";

        public PipeContract Contract { get; } = new(Annotation.Tokens, Annotation.None);

        public void Process(Document document, CancellationToken cancellationToken = default) => onRun();
    }
}
