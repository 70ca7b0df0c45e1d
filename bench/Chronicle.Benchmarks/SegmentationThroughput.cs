using System.Diagnostics;
using System.Globalization;
using System.Text;
using Chronicle.Cleaning;
using Chronicle.Documents;
using Chronicle.Segmentation;

namespace Chronicle.Benchmarks;

/// <summary>
/// A quick single-threaded throughput measurement (MB/s of UTF-8 input) of cleaning, segmentation and both, over a
/// JSONL corpus: <c>dotnet run -c Release --project bench/Chronicle.Benchmarks -- throughput [corpus.jsonl] [--limit N]</c>.
/// BenchmarkDotNet gives the careful figures; this gives the MB/s the issue asks for in seconds.
/// </summary>
public static class SegmentationThroughput
{
    private const int Rounds = 5;

    public static int Run(string[] args, TextWriter output)
    {
        var path = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : null;
        var limitAt = Array.IndexOf(args, "--limit");
        var limit = limitAt >= 0 && limitAt + 1 < args.Length ? int.Parse(args[limitAt + 1], CultureInfo.InvariantCulture) : int.MaxValue;
        var texts = NewsCorpus.Load(path, limit);
        var megabytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t)) / 1_000_000.0;
        var cleaner = new TextCleaner();
        var segmenter = new Segmenter();

        var cleaned = texts.Select(t => cleaner.Clean(t, "A title")).ToList();
        long tokens = 0;
        var clean = Best(() =>
        {
            foreach (var text in texts)
            {
                cleaner.Clean(text, "A title");
            }
        });
        var segment = Best(() =>
        {
            tokens = 0;
            foreach (var article in cleaned)
            {
                var document = new Document(article.Body, new ArticleMetadata("bench"), article.Paragraphs);
                segmenter.Process(document);
                tokens += document.Tokens.Length;
            }
        });
        var both = Best(() =>
        {
            foreach (var text in texts)
            {
                var article = cleaner.Clean(text, "A title");
                segmenter.Process(new Document(article.Body, new ArticleMetadata("bench"), article.Paragraphs));
            }
        });

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {path ?? NewsCorpus.DefaultPath} ({texts.Count} articles, {megabytes:F2} MB UTF-8, {tokens} tokens)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cleaning:              {megabytes / clean:F1} MB/s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"segmentation:          {megabytes / segment:F1} MB/s ({tokens / segment / 1e6:F2} M tokens/s)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cleaning+segmentation: {megabytes / both:F1} MB/s (one thread, best of {Rounds})"));
        return 0;
    }

    /// <summary>Best wall time in seconds over a warm-up and <see cref="Rounds"/> timed runs.</summary>
    private static double Best(Action action)
    {
        action();
        var best = double.MaxValue;
        for (var i = 0; i < Rounds; i++)
        {
            var started = Stopwatch.GetTimestamp();
            action();
            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalSeconds);
        }

        return best;
    }
}
