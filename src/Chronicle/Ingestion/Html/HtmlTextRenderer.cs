using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;

namespace Chronicle.Ingestion.Html;

/// <summary>
/// Renders a DOM subtree as plain text: one paragraph per block element, separated by blank lines,
/// whitespace inside a paragraph collapsed to single spaces.
/// </summary>
public static class HtmlTextRenderer
{
    private static readonly FrozenSet<string> s_blocks = new[]
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "td", "th",
        "figure", "figcaption", "address", "hr", "br", "form", "fieldset", "details", "summary", "center",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> s_skipped = new[]
    {
        "script", "style", "noscript", "template", "svg", "head", "title", "meta", "link", "iframe", "object", "canvas",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static string Render(INode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, current, paragraphs);
        Flush(current, paragraphs);
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>Length of the text in &lt;p&gt; elements under a node: how much running prose it holds.</summary>
    public static int ParagraphTextLength(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var total = 0;
        foreach (var paragraph in element.GetElementsByTagName("p"))
        {
            total += paragraph.TextContent.AsSpan().Trim().Length;
        }

        return total;
    }

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    AppendCollapsed(current, text.Data);
                    break;
                case IElement element when s_skipped.Contains(element.LocalName):
                    break;
                case IElement element when s_blocks.Contains(element.LocalName):
                    Flush(current, paragraphs);
                    Walk(element, current, paragraphs);
                    Flush(current, paragraphs);
                    break;
                case IElement element:
                    Walk(element, current, paragraphs);
                    break;
            }
        }
    }

    private static void AppendCollapsed(StringBuilder current, string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (current.Length > 0 && current[^1] != ' ')
                {
                    current.Append(' ');
                }
            }
            else if (c is not ('\u200B' or '\u200C' or '\u200D' or '\uFEFF'))
            {
                current.Append(c);
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        var paragraph = current.ToString().Trim();
        if (paragraph.Length > 0)
        {
            paragraphs.Add(paragraph);
        }

        current.Clear();
    }
}
