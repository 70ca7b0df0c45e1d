using Chronicle.Documents;
using Chronicle.Pipeline;

namespace Chronicle.Cli.Tests.Support;

/// <summary>A component with a bug that shows on texts containing a marker word, to test that a batch goes on.</summary>
internal sealed class FailingPipe(string marker) : IPipe
{
    public string Name => "failing";

    public PipeContract Contract { get; } = new(Annotation.None, Annotation.None, EnglishOnly: false);

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        if (document.Text.Contains(marker, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"index out of range near '{marker}'");
        }
    }
}
