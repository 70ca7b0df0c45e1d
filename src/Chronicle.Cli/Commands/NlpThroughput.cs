using System.Diagnostics;
using System.Globalization;
using Chronicle.Documents;
using Chronicle.Ingestion;
using Chronicle.Pipeline;

namespace Chronicle.Cli.Commands;

/// <summary>
/// The multi-threaded half of <c>chronicle bench</c>: documents are cleaned and segmented first (untimed), then the
/// tagger, parser and NER process them on N threads at once, one document per work item, as a batch `extract` would.
/// The rate is wall-clock (CPU time cannot show parallel speed-up), so it is only as good as the machine is idle.
/// </summary>
internal static class NlpThroughput
{
    /// <summary>The stages measured, by pipe name.</summary>
    private static readonly string[] StageNames = ["tagger", "parser", "ner"];

    /// <summary>Documents prepared and then processed in parallel at a time (many more than threads, so workers stay busy).</summary>
    private const int ChunkSize = 256;

    public static ParallelThroughput Measure(ArticleAnalyzer analyzer, IReadOnlyList<ArticleInput> inputs, int threads, int passes, CancellationToken cancellationToken)
    {
        var pipes = analyzer.Pipeline.Pipes;
        var first = pipes.Select((pipe, index) => (pipe, index)).First(p => StageNames.Contains(p.pipe.Name)).index;
        var before = pipes.Take(first).ToList();
        var measured = pipes.Where(p => StageNames.Contains(p.Name)).ToList();
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        var load = LoadAverage();
        var best = double.MaxValue;
        long tokens = 0;
        for (var pass = 0; pass < passes; pass++)
        {
            // Documents are prepared a chunk at a time (untimed) so memory stays that of a batch, not of the corpus.
            var seconds = 0.0;
            tokens = 0;
            foreach (var chunk in inputs.Chunk(ChunkSize))
            {
                var documents = Prepare(analyzer, before, chunk, cancellationToken);
                tokens += documents.Sum(d => (long)d.Tokens.Length);
                var clock = Stopwatch.StartNew();
                Parallel.ForEach(documents, options, document =>
                {
                    foreach (var pipe in measured)
                    {
                        Run(pipe, document, cancellationToken);
                    }
                });
                seconds += clock.Elapsed.TotalSeconds;
            }

            best = Math.Min(best, seconds);
        }

        return new ParallelThroughput(string.Join(" + ", measured.Select(p => p.Name)), threads, best, best > 0 ? tokens / best : 0, load);
    }

    private static List<Document> Prepare(ArticleAnalyzer analyzer, List<IPipe> before, ArticleInput[] inputs, CancellationToken cancellationToken)
    {
        var documents = new List<Document>(inputs.Length);
        foreach (var input in inputs)
        {
            try
            {
                var document = analyzer.Prepare(input);
                foreach (var pipe in before)
                {
                    Run(pipe, document, cancellationToken);
                }

                documents.Add(document);
            }
            catch (InputException)
            {
                // Unreadable records are counted by the single-thread measurement.
                continue;
            }
        }

        return documents;
    }

    private static void Run(IPipe pipe, Document document, CancellationToken cancellationToken)
    {
        // The same rule as NlpPipeline: English-only stages do not run on other languages.
        if (!pipe.Contract.EnglishOnly || document.IsEnglish)
        {
            pipe.Process(document, cancellationToken);
        }
    }

    private static double LoadAverage()
    {
        try
        {
            var text = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg") : "";
            var first = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            return double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
