using Chronicle.Documents;

namespace Chronicle.Pipeline;

/// <summary>One pipeline component: reads a document and writes the layers its contract assigns.</summary>
public interface IPipe
{
    string Name { get; }

    PipeContract Contract { get; }

    void Process(Document document, CancellationToken cancellationToken = default);
}
