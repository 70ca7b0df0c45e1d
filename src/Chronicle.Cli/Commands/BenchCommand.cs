using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Chronicle.Documents;
using Chronicle.Ingestion;
using Chronicle.Learning;
using Chronicle.Pipeline;
using Spectre.Console;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle bench</c>: throughput of cleaning and of each pipeline stage on a real corpus, on one thread
/// (articles/s, tokens/s, MB/s of input text) and the process's peak memory. Records are read into memory first,
/// so the figures leave out disk and JSON parsing.
/// </summary>
internal static class BenchCommand
{
    /// <summary>Articles analysed untimed first, so JIT compilation and model loading stay out of the figures.</summary>
    private const int WarmUpArticles = 20;

    public static Command Create(CliContext context)
    {
        var corpus = new Argument<string>("corpus") { Description = "A JSONL corpus (or a folder of articles)." };
        var limit = new Option<int?>("--limit") { Description = "Analyse at most this many articles." };
        var passes = new Option<int>("--passes") { Description = "Timed passes over the corpus; each stage reports its fastest.", DefaultValueFactory = _ => 3 };
        var format = new Option<string>("--format") { Description = "table (on stderr) or json (on stdout).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var threads = new Option<int>("--threads")
        {
            Description = "Also run the tagger, parser and NER over the documents on this many threads at once and report their combined wall-clock throughput.",
            DefaultValueFactory = _ => 1,
        };
        var command = new Command("bench", "Measure the throughput of cleaning and of each pipeline stage on a corpus.") { corpus, limit, passes, format, threads };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(corpus)!;
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                context.Error.MarkupLineInterpolated($"[red]error:[/] {path}: the corpus does not exist.");
                return Task.FromResult(1);
            }

            var max = parseResult.GetValue(limit) ?? int.MaxValue;
            var passCount = parseResult.GetValue(passes);
            var threadCount = parseResult.GetValue(threads);
            if (max <= 0 || passCount <= 0 || threadCount <= 0)
            {
                context.Error.MarkupLine("[red]error:[/] --limit, --passes and --threads must be positive numbers.");
                return Task.FromResult(2);
            }

            var inputs = new List<ArticleInput>();
            var unreadable = 0;
            foreach (var record in new ArticleReader().Open(path, context.OpenStandardInput).Records)
            {
                if (record.Article is { } article)
                {
                    inputs.Add(article);
                }
                else
                {
                    unreadable++;
                }

                if (inputs.Count >= max)
                {
                    break;
                }
            }

            var loading = Stopwatch.StartNew();
            ArticleAnalyzer analyzer;
            try
            {
                analyzer = StandardPipeline.CreateAnalyzer(context.ModelDirectory);
            }
            catch (ModelLoadException ex)
            {
                context.Error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
                return Task.FromResult(1);
            }

            loading.Stop();
            var result = Measure(analyzer, inputs, passCount, cancellationToken);
            result = result with { Corpus = path, Unreadable = unreadable, LoadSeconds = loading.Elapsed.TotalSeconds };
            if (threadCount > 1)
            {
                result = result with { Parallel = NlpThroughput.Measure(analyzer, inputs, threadCount, passCount, cancellationToken) };
            }
            if (parseResult.GetValue(format) == "json")
            {
                context.Out.WriteLine(ToJson(result));
            }
            else
            {
                WriteTable(context.Error, result);
            }

            return Task.FromResult(0);
        });
        return command;
    }

    private static BenchResult Measure(ArticleAnalyzer analyzer, List<ArticleInput> inputs, int passes, CancellationToken cancellationToken)
    {
        var pipes = analyzer.Pipeline.Pipes;
        foreach (var input in inputs.Take(WarmUpArticles))
        {
            TryRead(analyzer, input, cancellationToken);
        }

        // Stage 0 is cleaning, stage i + 1 is pipes[i]. Each stage keeps its fastest pass. Throughput comes from the
        // process's CPU time, which a busy shared machine inflates far less than wall time (both are reported).
        var bestWall = Enumerable.Repeat(long.MaxValue, pipes.Count + 1).ToArray();
        var bestCpu = Enumerable.Repeat(TimeSpan.MaxValue, pipes.Count + 1).ToArray();
        long tokens = 0, bytes = 0;
        int articles = 0, failures = 0;
        for (var pass = 0; pass < passes; pass++)
        {
            var wall = new long[pipes.Count + 1];
            var cpu = new TimeSpan[pipes.Count + 1];
            tokens = bytes = articles = failures = 0;
            foreach (var input in inputs)
            {
                var (wallStart, cpuStart) = (Stopwatch.GetTimestamp(), Environment.CpuUsage.TotalTime);
                Document document;
                try
                {
                    document = analyzer.Prepare(input);
                }
                catch (InputException)
                {
                    failures++;
                    continue;
                }

                (wallStart, cpuStart) = Accumulate(wall, cpu, 0, wallStart, cpuStart);
                for (var i = 0; i < pipes.Count; i++)
                {
                    // The same rule as NlpPipeline: English-only stages do not run on other languages.
                    if (!pipes[i].Contract.EnglishOnly || document.IsEnglish)
                    {
                        pipes[i].Process(document, cancellationToken);
                    }

                    (wallStart, cpuStart) = Accumulate(wall, cpu, i + 1, wallStart, cpuStart);
                }

                articles++;
                tokens += document.Tokens.Length;
                bytes += Encoding.UTF8.GetByteCount(input.Text ?? input.Html ?? "");
            }

            for (var i = 0; i <= pipes.Count; i++)
            {
                bestWall[i] = Math.Min(bestWall[i], wall[i]);
                bestCpu[i] = cpu[i] < bestCpu[i] ? cpu[i] : bestCpu[i];
            }
        }

        var stages = new List<BenchStage> { Stage("clean", bestWall[0], bestCpu[0], articles, tokens, bytes) };
        var (textWall, textCpu) = (bestWall[0], bestCpu[0]);
        for (var i = 0; i < pipes.Count; i++)
        {
            stages.Add(Stage(pipes[i].Name, bestWall[i + 1], bestCpu[i + 1], articles, tokens, bytes));
            if ((pipes[i].Contract.Assigns & (Annotation.Tokens | Annotation.Sentences)) != 0)
            {
                textWall += bestWall[i + 1];
                textCpu += bestCpu[i + 1];
            }
        }

        stages.Add(Stage("clean + segmentation", textWall, textCpu, articles, tokens, bytes));
        stages.Add(Stage("total", bestWall.Sum(), bestCpu.Aggregate(TimeSpan.Zero, (a, b) => a + b), articles, tokens, bytes));
        using var process = Process.GetCurrentProcess();
        return new BenchResult("", articles, failures, 0, tokens, bytes, 0, passes, stages, process.PeakWorkingSet64, GC.GetTotalAllocatedBytes());
    }

    private static (long Wall, TimeSpan Cpu) Accumulate(long[] wall, TimeSpan[] cpu, int stage, long wallStart, TimeSpan cpuStart)
    {
        var (wallNow, cpuNow) = (Stopwatch.GetTimestamp(), Environment.CpuUsage.TotalTime);
        wall[stage] += wallNow - wallStart;
        cpu[stage] += cpuNow - cpuStart;
        return (wallNow, cpuNow);
    }

    private static void TryRead(ArticleAnalyzer analyzer, ArticleInput input, CancellationToken cancellationToken)
    {
        try
        {
            analyzer.Read(input, timings: null, cancellationToken);
        }
        catch (InputException)
        {
            // Counted in the timed pass; the warm-up only needs the code paths compiled.
            return;
        }
    }

    private static BenchStage Stage(string name, long wallTicks, TimeSpan cpu, int articles, long tokens, long bytes)
    {
        var seconds = cpu.TotalSeconds;
        var perSecond = seconds > 0 ? 1 / seconds : 0;
        return new BenchStage(name, (double)wallTicks / Stopwatch.Frequency, seconds, articles * perSecond, tokens * perSecond, bytes / 1e6 * perSecond);
    }

    private static void WriteTable(IAnsiConsole console, BenchResult result)
    {
        var table = new Table().Title($"chronicle bench: {Markup.Escape(result.Corpus)}")
            .AddColumn("stage")
            .AddColumn(new TableColumn("wall s").RightAligned())
            .AddColumn(new TableColumn("CPU s").RightAligned())
            .AddColumn(new TableColumn("articles/s").RightAligned())
            .AddColumn(new TableColumn("tokens/s").RightAligned())
            .AddColumn(new TableColumn("MB/s").RightAligned());
        foreach (var stage in result.Stages)
        {
            table.AddRow(
                Markup.Escape(stage.Name),
                Format(stage.WallSeconds, "F3"),
                Format(stage.CpuSeconds, "F3"),
                Format(stage.ArticlesPerSecond, "N0"),
                Format(stage.TokensPerSecond, "N0"),
                Format(stage.MegabytesPerSecond, "F1"));
        }

        console.Write(table);
        if (result.Parallel is { } parallel)
        {
            console.MarkupLine(
                $"{Markup.Escape(parallel.Stages)} on {parallel.Threads} threads: {Format(parallel.TokensPerSecond, "N0")} tokens/s by wall clock "
                + $"({Format(parallel.WallSeconds, "F3")} s for {Format(result.Tokens, "N0")} tokens, fastest of {result.Passes} passes; load average {Format(parallel.LoadAverage, "F1")} at the start).");
        }

        console.MarkupLine(
            $"{Format(result.Articles, "N0")} articles ({Format(result.Failures + result.Unreadable, "N0")} unreadable or empty), "
            + $"{Format(result.Tokens, "N0")} tokens, {Format(result.Bytes / 1e6, "F1")} MB of input text, one thread, fastest of {result.Passes} passes, rates from CPU time; "
            + $"models loaded in {Format(result.LoadSeconds, "F2")} s; peak working set {Format(result.PeakWorkingSet / 1048576.0, "N0")} MiB.");
    }

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string ToJson(BenchResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("corpus", result.Corpus);
            writer.WriteNumber("articles", result.Articles);
            writer.WriteNumber("failures", result.Failures + result.Unreadable);
            writer.WriteNumber("tokens", result.Tokens);
            writer.WriteNumber("megabytes", Math.Round(result.Bytes / 1e6, 3));
            writer.WriteNumber("threads", 1);
            writer.WriteNumber("passes", result.Passes);
            writer.WriteNumber("load_seconds", Math.Round(result.LoadSeconds, 3));
            writer.WriteNumber("peak_working_set_mb", Math.Round(result.PeakWorkingSet / 1048576.0, 1));
            writer.WriteNumber("allocated_mb", Math.Round(result.AllocatedBytes / 1048576.0, 1));
            if (result.Parallel is { } parallel)
            {
                writer.WriteStartObject("parallel");
                writer.WriteString("stages", parallel.Stages);
                writer.WriteNumber("threads", parallel.Threads);
                writer.WriteNumber("wall_seconds", Math.Round(parallel.WallSeconds, 4));
                writer.WriteNumber("tokens_per_s", Math.Round(parallel.TokensPerSecond, 0));
                writer.WriteNumber("load_average", Math.Round(parallel.LoadAverage, 2));
                writer.WriteEndObject();
            }

            writer.WriteStartArray("stages");
            foreach (var stage in result.Stages)
            {
                writer.WriteStartObject();
                writer.WriteString("name", stage.Name);
                writer.WriteNumber("wall_seconds", Math.Round(stage.WallSeconds, 4));
                writer.WriteNumber("cpu_seconds", Math.Round(stage.CpuSeconds, 4));
                writer.WriteNumber("articles_per_s", Math.Round(stage.ArticlesPerSecond, 1));
                writer.WriteNumber("tokens_per_s", Math.Round(stage.TokensPerSecond, 0));
                writer.WriteNumber("mb_per_s", Math.Round(stage.MegabytesPerSecond, 2));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
