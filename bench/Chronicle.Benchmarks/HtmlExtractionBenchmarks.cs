using System.Text;
using BenchmarkDotNet.Attributes;
using Chronicle.Ingestion.Html;

namespace Chronicle.Benchmarks;

/// <summary>Main-content extraction from a news page (~30 KB) with the usual navigation, widgets, figures and scripts.</summary>
[MemoryDiagnoser]
public class HtmlExtractionBenchmarks
{
    private readonly HtmlArticleExtractor _extractor = new();
    private string _html = "";

    [GlobalSetup]
    public void Setup()
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html><html><head><title>Dock workers end strike | Gazette</title>")
            .Append("<meta property=\"article:published_time\" content=\"2024-05-14T08:32:00+02:00\">")
            .Append("<script>var config = {a: 1, b: [1, 2, 3]};</script><style>body { margin: 0 }</style></head><body>")
            .Append("<header><nav><ul>");
        for (var i = 0; i < 40; i++)
        {
            page.Append("<li><a href=\"/section/").Append(i).Append("\">Section ").Append(i).Append("</a></li>");
        }

        page.Append("</ul></nav></header><main><article><h1>Dock workers end strike</h1><p class=\"byline\">By Marta Keller</p>");
        for (var i = 0; i < 30; i++)
        {
            page.Append("<p>Dock workers at the port returned to work on Tuesday after their union accepted a two-year pay offer, ending a nine-day strike that left ")
                .Append(i).Append(" container ships waiting at anchor off the coast, the port authority said.</p>");
            if (i % 6 == 0)
            {
                page.Append("<figure><img src=\"/i.jpg\"><figcaption>Cranes stood idle. Photo: Jonas Brandt</figcaption></figure>")
                    .Append("<div class=\"share-tools\"><a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a></div>");
            }
        }

        page.Append("</article></main><aside class=\"related\"><h2>Related</h2><ul>");
        for (var i = 0; i < 20; i++)
        {
            page.Append("<li><a href=\"/story/").Append(i).Append("\">Another story headline number ").Append(i).Append("</a></li>");
        }

        page.Append("</ul></aside><footer><p>© 2024 Gazette</p></footer><script src=\"/app.js\"></script></body></html>");
        _html = page.ToString();
    }

    [Benchmark]
    public int Extract() => _extractor.Extract(_html, "bench.html").Text.Length;
}
