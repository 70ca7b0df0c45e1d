using System.Collections.Frozen;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Chronicle.Ingestion.Html;

/// <summary>
/// Removes what is never article text before the readability pass sees the page: scripts, navigation, asides,
/// share/related/newsletter widgets, figures with their captions and credits, paywall prompts, hidden elements.
/// Readability scores containers by their text, so leftover widgets full of links and captions pull it off course.
/// </summary>
public static partial class HtmlPreCleaner
{
    private static readonly string s_removedTags = string.Join(", ",
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button", "input", "select",
        "textarea", "nav", "aside", "footer", "header", "figure", "figcaption", "picture", "video", "audio", "object",
        "embed", "dialog", "amp-ad", "amp-embed", "amp-sidebar", "amp-social-share", "amp-analytics", "amp-img",
        "[hidden]", "[aria-hidden='true']", "[role='navigation']", "[role='complementary']", "[role='banner']",
        "[role='contentinfo']", "[role='search']", "[role='dialog']", "[role='alertdialog']");

    /// <summary>Words of class and id names that mark widgets, matched against the parts of a name split at '-', '_' and spaces.</summary>
    private static readonly FrozenSet<string> s_widgetWords = new[]
    {
        "share", "sharing", "sharebar", "social", "related", "newsletter", "newsletters", "subscribe", "subscription",
        "promo", "promotion", "advert", "advertisement", "ad", "ads", "adslot", "adunit", "dfp", "sponsor", "sponsored",
        "cookie", "cookies", "consent", "gdpr", "paywall", "regwall", "comments", "comment", "disqus",
        "breadcrumb", "breadcrumbs", "tags", "caption", "credit", "credits", "byline", "author", "sidebar", "widget",
        "popup", "modal", "overlay", "outbrain", "taboola", "recommended", "recommendations", "recirc", "trending",
        "popular", "signup", "toolbar", "masthead", "footer", "header", "nav", "navbar", "menu", "banner",
        "copyright", "print", "skip",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Multi-word widget names ("more-stories", "read-next"), matched inside a class or id with '_' read as '-'.</summary>
    private static readonly string[] s_widgetPhrases =
    [
        "more-stories", "more-news", "more-from", "more-articles", "read-more", "read-next", "read-also", "also-read",
        "up-next", "most-read", "most-viewed", "latest-news", "story-list", "story-card", "stories-list", "card-list",
        "news-list", "article-list", "next-article", "you-may", "in-case-you-missed", "recirculation",
    ];

    /// <summary>Containers never removed by name: the page and the article itself often carry widget-like class names.</summary>
    private static readonly FrozenSet<string> s_protectedTags = new[] { "html", "body", "main", "article" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> s_containerTags = new[]
    {
        "div", "section", "article", "main", "ul", "ol", "table", "tbody", "tr", "td", "form", "p", "blockquote",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly char[] s_nameSeparators = [' ', '-', '_', '\t', '\n', ':', '.'];

    public static void Clean(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var element in document.QuerySelectorAll(s_removedTags).ToList())
        {
            element.Remove();
        }

        foreach (var comment in document.Descendants<IComment>().ToList())
        {
            comment.Remove();
        }

        var body = document.Body;
        if (body is null)
        {
            return;
        }

        var pageText = Math.Max(1, HtmlTextRenderer.ParagraphTextLength(body));
        foreach (var element in body.QuerySelectorAll("[class], [id], [style]").ToList())
        {
            if (element.Parent is null || s_protectedTags.Contains(element.LocalName) || !IsRemovable(element))
            {
                continue;
            }

            // A name can lie ("ad-free-story", a "paywall" class on the gated article text itself): never drop a
            // container that holds much of the page's prose, or several long paragraphs of it.
            if (HtmlTextRenderer.ParagraphTextLength(element) * 3 > pageText || HasLongParagraphs(element))
            {
                continue;
            }

            element.Remove();
        }

        RemoveHeadedWidgets(body, pageText);
    }

    /// <summary>
    /// Widgets with meaningless class names still announce themselves ("Reader comments", "More stories"):
    /// such a heading's container goes, unless it holds much of the page's prose (then only the heading goes).
    /// </summary>
    private static void RemoveHeadedWidgets(IElement body, int pageText)
    {
        foreach (var element in body.QuerySelectorAll("h1, h2, h3, h4, h5, h6, div, span, strong, b, p").ToList())
        {
            // A heading is a leaf or wraps one inline element; skipping wrappers also avoids reading the text of
            // whole subtrees for every nested container.
            if (element.Parent is null || element.ChildElementCount > 1
                || element.FirstElementChild is { } child && s_containerTags.Contains(child.LocalName))
            {
                continue;
            }

            var text = element.TextContent.Trim();
            if (text.Length is 0 or > 40 || !WidgetHeading().IsMatch(text))
            {
                continue;
            }

            var container = element.ParentElement;
            if (container is not null && !s_protectedTags.Contains(container.LocalName)
                && HtmlTextRenderer.ParagraphTextLength(container) * 3 <= pageText)
            {
                container.Remove();
            }
            else
            {
                element.Remove();
            }
        }
    }

    [GeneratedRegex(
        @"^(?:(?:reader|user|readers')?\s*comments?(?:\s*\(\d+\))?|more\s+(?:stories|news|articles|from\b.*)|related(?:\s+(?:stories|articles|news|content|coverage))?|most\s+(?:read|popular|viewed|shared)|recommended(?:\s+for\s+you)?|you\s+may\s+also\s+like|(?:now\s+)?trending|latest\s+(?:news|stories)|read\s+(?:more|next)|also\s+read|share\s+this(?:\s+\w+)?|leave\s+a\s+(?:comment|reply)|top\s+stories|editor'?s\s+picks)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WidgetHeading();

    /// <summary>Widgets hold short texts (prompts, captions, teasers); three paragraphs of 150 characters are prose.</summary>
    private static bool HasLongParagraphs(IElement element)
    {
        const int LongParagraph = 150;
        var count = 0;
        foreach (var paragraph in element.GetElementsByTagName("p"))
        {
            if (paragraph.TextContent.Length >= LongParagraph && ++count >= 3)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRemovable(IElement element)
    {
        var style = element.GetAttribute("style");
        if (style is not null && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase)
            || style.Contains("visibility: hidden", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return HasWidgetWord(element.GetAttribute("class")) || HasWidgetWord(element.Id);
    }

    private static bool HasWidgetWord(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        foreach (var part in name.Split(s_nameSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (s_widgetWords.Contains(part))
            {
                return true;
            }
        }

        var dashed = name.Replace('_', '-').ToLowerInvariant();
        foreach (var phrase in s_widgetPhrases)
        {
            if (dashed.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
