using System.Text.Json;
using AngleSharp.Dom;

namespace Chronicle.Ingestion.Html;

/// <summary>
/// Finds a page's publication date, most reliable source first: JSON-LD <c>datePublished</c>, the
/// <c>article:published_time</c>/Open Graph, itemprop, Parse.ly and Dublin Core meta tags, then <c>&lt;time datetime&gt;</c>.
/// </summary>
public static class HtmlDateFinder
{
    /// <summary>Meta tags naming the publication date, in order of trust (matched on <c>property</c>, <c>name</c> or <c>itemprop</c>).</summary>
    private static readonly string[] s_metaNames =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
        "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
        "dcterms.created", "dc.date.created", "pubdate", "publishdate", "publish-date", "publication_date",
        "date", "article.published", "cxenseparse:recs:publishtime", "og:updated_time", "article:modified_time",
    ];

    public static DateOnly? Find(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return FromJsonLd(document) ?? FromMeta(document) ?? FromItemprop(document) ?? FromParselyPage(document) ?? FromTimeElement(document);
    }

    private static DateOnly? FromJsonLd(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (FindProperty(json.RootElement, "datePublished", depth: 0) is { } date)
                {
                    return date;
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common on real pages; the meta tags and <time> elements are tried next.
                continue;
            }
        }

        return null;
    }

    private static DateOnly? FindProperty(JsonElement element, string name, int depth)
    {
        if (depth > 8)
        {
            return null;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                    && PublishedDate.TryParse(value.GetString(), out var date))
                {
                    return date;
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (FindProperty(property.Value, name, depth + 1) is { } nested)
                    {
                        return nested;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindProperty(item, name, depth + 1) is { } nested)
                    {
                        return nested;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static DateOnly? FromMeta(IDocument document)
    {
        var found = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is not null && !found.ContainsKey(key))
            {
                found[key] = meta.GetAttribute("content")!;
            }
        }

        foreach (var name in s_metaNames)
        {
            if (found.TryGetValue(name, out var content) && PublishedDate.TryParse(content, out var date))
            {
                return date;
            }
        }

        return null;
    }

    private static DateOnly? FromItemprop(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("[itemprop='datePublished']"))
        {
            var value = element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.TextContent;
            if (PublishedDate.TryParse(value, out var date))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>Parse.ly's <c>parsely-page</c> meta tag holds a JSON object with <c>pub_date</c>.</summary>
    private static DateOnly? FromParselyPage(IDocument document)
    {
        var content = document.QuerySelector("meta[name='parsely-page']")?.GetAttribute("content");
        if (content is null)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(content);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("pub_date", out var value)
                && PublishedDate.TryParse(value.GetString(), out var date) ? date : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The first &lt;time datetime&gt; inside the article (or the page), preferring one marked as the publication time.</summary>
    private static DateOnly? FromTimeElement(IDocument document)
    {
        var scope = (IParentNode?)document.QuerySelector("article") ?? document;
        var marked = scope.QuerySelector("time[pubdate][datetime], time.published[datetime], time[itemprop][datetime]");
        IEnumerable<IElement> candidates = marked is null ? scope.QuerySelectorAll("time[datetime]") : [marked];
        foreach (var time in candidates)
        {
            if (PublishedDate.TryParse(time.GetAttribute("datetime"), out var date))
            {
                return date;
            }
        }

        return null;
    }
}
