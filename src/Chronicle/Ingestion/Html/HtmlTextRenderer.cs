using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;

namespace Chronicle.Ingestion.Html;

/// <summary>
/// Renders a DOM subtree as plain text: one paragraph per block element, separated by blank lines,
/// whitespace inside a paragraph collapsed to single spaces. A paragraph that is mostly link text (menus,
/// "more stories" lists, tag clouds) is dropped: article prose links a few words, not most of them.
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
        var state = new HtmlRenderState();
        Walk(root, state, inLink: false);
        state.Flush();
        return string.Join("\n\n", state.Paragraphs);
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

    private static void Walk(INode node, HtmlRenderState state, bool inLink)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    state.Append(text.Data, inLink);
                    break;
                case IElement element when s_skipped.Contains(element.LocalName):
                    break;
                case IElement element when s_blocks.Contains(element.LocalName):
                    state.Flush();
                    Walk(element, state, inLink);
                    state.Flush();
                    break;
                case IElement element:
                    Walk(element, state, inLink || element.LocalName == "a");
                    break;
            }
        }
    }
}
