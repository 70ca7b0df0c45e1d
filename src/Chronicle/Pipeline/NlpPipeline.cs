using System.Diagnostics;
using Chronicle.Documents;

namespace Chronicle.Pipeline;

/// <summary>An ordered, validated list of components. Immutable and safe to share across threads.</summary>
public sealed class NlpPipeline
{
    internal NlpPipeline(IReadOnlyList<IPipe> pipes) => Pipes = pipes;

    public IReadOnlyList<IPipe> Pipes { get; }

    public void Process(Document document, CancellationToken cancellationToken = default) =>
        Process(document, timings: null, cancellationToken);

    /// <summary>Runs every component; English-only ones are skipped, with a note, for other languages.</summary>
    /// <param name="timings">When given, receives the elapsed ticks of each component (indexed like <see cref="Pipes"/>).</param>
    public void Process(Document document, long[]? timings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var skipped = false;
        for (var i = 0; i < Pipes.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var pipe = Pipes[i];
            if (pipe.Contract.EnglishOnly && !document.IsEnglish)
            {
                skipped = true;
                continue;
            }

            var started = timings is null ? 0 : Stopwatch.GetTimestamp();
            pipe.Process(document, cancellationToken);
            if (timings is not null)
            {
                timings[i] += Stopwatch.GetTimestamp() - started;
            }
        }

        if (skipped)
        {
            document.AddNote($"language '{document.Language}' is not English: English-only stages were skipped.");
        }
    }
}
