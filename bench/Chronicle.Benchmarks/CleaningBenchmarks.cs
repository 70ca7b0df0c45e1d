using BenchmarkDotNet.Attributes;
using Chronicle.Cleaning;

namespace Chronicle.Benchmarks;

/// <summary>
/// Cleaning of scraped text (~40 KB): prose paragraphs interleaved with the furniture the cleaner drops
/// (ad markers, share prompts, bylines, timestamps, a repeated headline), and language detection on the result.
/// </summary>
[MemoryDiagnoser]
public class CleaningBenchmarks
{
    private readonly TextCleaner _cleaner = new();
    private readonly LanguageDetector _language = new();
    private string _raw = "";
    private string _body = "";

    [GlobalSetup]
    public void Setup()
    {
        string[] furniture = ["Advertisement", "Also Read: Ten things to know today", "Share this article", "By Jane Doe", "Updated: March 21, 2023 10:05 AM IST", "Markets rally as talks resume"];
        const string paragraph = "Moscow: Vladimir Putin and his \"dear friend\" Chinese leader Xi Jinping planned more talks on Tuesday after a Kremlin dinner where the isolated Russian president curried favour with his most powerful ally. "
            + "Washington denounced Xi's visit, saying it showed Beijing was providing Moscow with \"diplomatic cover\" to commit more crimes; the U.S. said so on Jan. 5.";
        var lines = new List<string> { "Markets rally as talks resume" };
        for (var i = 0; i < 100; i++)
        {
            lines.Add(paragraph);
            if (i % 10 == 0)
            {
                lines.Add(furniture[i / 10 % furniture.Length]);
            }
        }

        _raw = string.Join("\n\n", lines);
        _body = _cleaner.Clean(_raw, null).Body;
    }

    [Benchmark]
    public int Clean() => _cleaner.Clean(_raw, null).Body.Length;

    [Benchmark]
    public string? DetectLanguage() => _language.Detect(_body);
}
