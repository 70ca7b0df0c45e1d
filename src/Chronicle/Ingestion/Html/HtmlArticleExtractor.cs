using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace Chronicle.Ingestion.Html;

/// <summary>
/// Reads the main content, title and publication date of an HTML page. The page is pre-cleaned
/// (<see cref="HtmlPreCleaner"/>) before SmartReader's readability pass; when that finds no article, or clearly
/// less than the page's article container holds (live blogs split into many posts), the best container is used.
/// Stateless and thread-safe: each call parses its own DOM.
/// </summary>
public sealed class HtmlArticleExtractor
{
    /// <summary>Readability is only trusted when it keeps at least this share of the best container's prose.</summary>
    private const double MinimumShareOfContainer = 0.6;

    private const string BaseUri = "https://chronicle.invalid/";

    private static readonly string[] s_containerSelectors =
    [
        "[itemprop='articleBody']", "article", "main", "[role='main']", ".article-body", ".story-body", ".entry-content",
        ".post-content", ".article-content", "#article-body", "#article", ".article", "#story", ".story", ".post", ".entry",
        "#content", ".content",
    ];

    private static readonly string[] s_titleSeparators = [" | ", " - ", " — ", " – ", " :: ", " · "];

    /// <exception cref="InputException">The page has no text at all.</exception>
    public HtmlArticle Extract(string html, string origin)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument(html);
        var title = FindTitle(document);
        var published = HtmlDateFinder.Find(document);

        HtmlPreCleaner.Clean(document);
        var container = BestContainer(document);
        var containerText = container is null ? "" : HtmlTextRenderer.Render(container);
        var containerProse = container is null ? 0 : HtmlTextRenderer.ParagraphTextLength(container);

        var readable = ReadWithSmartReader(document);
        var readableProse = readable.Length;
        var useReadable = readable.Length > 0 && (containerProse == 0 || readableProse >= containerProse * MinimumShareOfContainer);
        var text = useReadable ? readable : containerText;
        if (text.Length == 0)
        {
            throw new InputException(origin, "the HTML page has no article text.");
        }

        return new HtmlArticle(text, title, published, UsedFallback: !useReadable);
    }

    private static string ReadWithSmartReader(IHtmlDocument document)
    {
        var reader = new Reader(BaseUri, document) { CharThreshold = 200 };
        var article = reader.GetArticle();
        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content))
        {
            return "";
        }

        var content = new HtmlParser().ParseDocument(article.Content);
        return content.Body is null ? "" : HtmlTextRenderer.Render(content.Body);
    }

    /// <summary>The container with the most paragraph prose; among near-ties the tightest (least other text).</summary>
    private static IElement? BestContainer(IDocument document)
    {
        var candidates = new HashSet<IElement>();
        foreach (var selector in s_containerSelectors)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                candidates.Add(element);

                // Live blogs put each update in its own <article>: their common parent holds the whole story.
                if (element.LocalName == "article" && element.ParentElement is { } parent
                    && parent.Children.Count(c => c.LocalName == "article") > 1)
                {
                    candidates.Add(parent);
                }
            }
        }

        if (document.Body is { } body)
        {
            candidates.Add(body);
        }

        var scored = candidates.Select(c => (Element: c, Prose: HtmlTextRenderer.ParagraphTextLength(c), All: c.TextContent.Length)).ToList();
        if (scored.Count == 0)
        {
            return null;
        }

        var best = scored.Max(s => s.Prose);
        if (best == 0)
        {
            return document.Body;
        }

        return scored.Where(s => s.Prose >= best * 0.9).MinBy(s => s.All).Element;
    }

    private static string? FindTitle(IDocument document)
    {
        var meta = document.QuerySelector("meta[property='og:title'][content], meta[name='twitter:title'][content], meta[name='title'][content]")
            ?.GetAttribute("content");
        if (!string.IsNullOrWhiteSpace(meta))
        {
            return Collapse(meta);
        }

        var heading = document.QuerySelector("article h1, main h1, h1")?.TextContent;
        if (!string.IsNullOrWhiteSpace(heading))
        {
            return Collapse(heading);
        }

        var title = document.Title;
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        title = Collapse(title);
        foreach (var separator in s_titleSeparators)
        {
            // "Headline | Site": the site name is the shorter side.
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && title.Length - at - separator.Length < at)
            {
                return title[..at];
            }
        }

        return title;
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
