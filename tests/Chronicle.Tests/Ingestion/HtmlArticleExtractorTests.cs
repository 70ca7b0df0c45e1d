using Chronicle.Ingestion;
using Chronicle.Ingestion.Html;

namespace Chronicle.Tests.Ingestion;

public sealed class HtmlArticleExtractorTests
{
    private readonly HtmlArticleExtractor _extractor = new();

    [Fact]
    public void A_short_page_readability_rejects_falls_back_to_its_content()
    {
        // Given a page far shorter than readability's threshold
        const string html = "<html><head><title>Short note | Site</title></head><body><div id=\"content\"><p>The council meets on Monday.</p></div></body></html>";

        // When it is read
        var page = _extractor.Extract(html, "short.html");

        // Then the fallback gives its text, and the title loses the site name
        Assert.True(page.UsedFallback);
        Assert.Equal("The council meets on Monday.", page.Text);
        Assert.Equal("Short note", page.Title);
    }

    [Fact]
    public void Paragraphs_become_blank_line_separated_and_link_lists_are_dropped()
    {
        // Given a page with two paragraphs and a list of links between them
        const string html = """
            <html><body><div class="x">
            <p>First   paragraph
            spans lines.</p>
            <ul><li><a href="/1">Other story one</a></li><li><a href="/2">Other story two</a></li></ul>
            <p>Second paragraph with <a href="/l">a link</a> inside.</p>
            </div></body></html>
            """;

        // When it is read
        var page = _extractor.Extract(html, "p.html");

        // Then each paragraph is one line of collapsed text, and the link list is gone
        Assert.Equal("First paragraph spans lines.\n\nSecond paragraph with a link inside.", page.Text);
    }

    [Fact]
    public void Article_text_inside_containers_named_like_widgets_is_kept()
    {
        // Given an article whose text sits in two "paywall" blocks, each under a third of the page, then a real prompt
        var paragraph = "The council voted on Tuesday to close the old library and move its collection to the new civic centre, a decision that "
            + "campaigners said they would challenge in court before the end of the year because the building is listed. ";
        var block = string.Concat(Enumerable.Range(1, 3).Select(i => $"<p>{i}. {paragraph}</p>"));
        var html = "<html><body><article><h1>Library to close</h1>"
            + $"<div class=\"paywall\">{block}</div><div class=\"paywall\">{block}</div><div class=\"paywall\">{block}</div>"
            + "<div class=\"paywall-prompt\"><p>Subscribe to keep reading.</p></div></article></body></html>";

        // When it is read
        var page = _extractor.Extract(html, "gated.html");

        // Then all nine paragraphs are kept and the prompt is not
        Assert.Equal(9, page.Text.Split("\n\n").Count(p => p.Contains("The council voted", StringComparison.Ordinal)));
        Assert.DoesNotContain("Subscribe", page.Text);
    }

    [Fact]
    public void A_page_without_text_is_an_input_error_naming_it()
    {
        var error = Assert.Throws<InputException>(() => _extractor.Extract("<html><body><script>var x;</script></body></html>", "empty.html"));

        Assert.Equal("empty.html", error.Origin);
    }
}
