using AngleSharp.Html.Parser;
using Chronicle.Ingestion.Html;

namespace Chronicle.Tests.Ingestion;

public sealed class HtmlDateFinderTests
{
    [Theory]
    [InlineData("""<meta property="article:published_time" content="2024-05-14T08:32:00+02:00">""")]
    [InlineData("""<meta property="og:published_time" content="2024-05-14">""")]
    [InlineData("""<meta itemprop="datePublished" content="2024-05-14">""")]
    [InlineData("""<meta name="parsely-pub-date" content="2024-05-14T06:00:00Z">""")]
    [InlineData("""<meta name="DC.date.issued" content="2024-05-14">""")]
    [InlineData("""<meta name="dcterms.date" content="2024-05-14">""")]
    [InlineData("""<meta name="pubdate" content="20240514">""")]
    [InlineData("""<meta name="parsely-page" content='{"title": "x", "pub_date": "2024-05-14T10:00:00Z"}'>""")]
    public void The_date_is_read_from_each_kind_of_meta_tag(string meta)
    {
        // Given a page whose only date is in one meta tag
        var html = $"<html><head>{meta}</head><body><p>Text.</p></body></html>";

        // When its date is looked for
        var date = HtmlDateFinder.Find(new HtmlParser().ParseDocument(html));

        // Then it is found
        Assert.Equal(new DateOnly(2024, 5, 14), date);
    }

    [Fact]
    public void Json_ld_in_a_graph_gives_the_date_and_broken_json_ld_is_passed_over()
    {
        // Given broken JSON-LD, then a @graph whose article holds datePublished
        const string html = """
            <html><head>
            <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>
            <script type="application/ld+json">{"@graph": [{"@type": "WebSite"}, {"@type": ["NewsArticle"], "datePublished": "2022-06-30T14:20:00+03:00"}]}</script>
            </head><body><p>Text.</p></body></html>
            """;

        // When its date is looked for
        var date = HtmlDateFinder.Find(new HtmlParser().ParseDocument(html));

        // Then the graph's date is found
        Assert.Equal(new DateOnly(2022, 6, 30), date);
    }

    [Fact]
    public void A_time_element_in_the_article_is_the_last_resort_and_one_marked_published_wins()
    {
        // Given an article with an update time and a marked publication time
        const string html = """
            <html><body><article>
            <time datetime="2021-01-02T09:00:00Z">Updated</time>
            <time class="published" datetime="2021-01-01T08:00:00Z">Published</time>
            <p>Text.</p></article></body></html>
            """;

        // When its date is looked for
        var date = HtmlDateFinder.Find(new HtmlParser().ParseDocument(html));

        // Then the marked one is taken
        Assert.Equal(new DateOnly(2021, 1, 1), date);
    }

    [Fact]
    public void A_page_without_any_date_gives_none()
    {
        Assert.Null(HtmlDateFinder.Find(new HtmlParser().ParseDocument("<html><body><p>No date here.</p></body></html>")));
    }
}
