using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Chronicle.Web;

/// <summary>
/// Turns a posted HTML page into plain paragraphs for the pipeline, whose cleaner reads text only: scripts,
/// styles and page furniture are dropped, each block element becomes a paragraph.
/// </summary>
public static class HtmlText
{
    private static readonly string[] s_dropped = ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg"];
    private static readonly string[] s_blocks = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "dd", "dt", "figcaption"];

    public static (string Text, string? Title) Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll(string.Join(',', s_dropped)).ToList())
        {
            element.Remove();
        }

        var root = (IElement?)document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        var title = Normalise(document.Title ?? "");
        if (root is null)
        {
            return ("", title.Length == 0 ? null : title);
        }

        var blocks = root.QuerySelectorAll(string.Join(',', s_blocks))
            .Where(e => !e.Ancestors<IElement>().Any(a => s_blocks.Contains(a.LocalName, StringComparer.Ordinal)))
            .Select(e => Normalise(e.TextContent))
            .Where(t => t.Length > 0)
            .ToList();
        var text = blocks.Count > 0 ? string.Join("\n\n", blocks) : Normalise(root.TextContent);
        return (text, title.Length == 0 ? null : title);
    }

    // Markup whitespace (indentation, line breaks inside a paragraph) is not the author's: collapse it.
    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
