using System.Text.Json;
using Chronicle.Output;

namespace Chronicle.Tests.Output;

public sealed class ArticleJsonTests
{
    [Fact]
    public void Field_names_are_exactly_those_of_the_spec()
    {
        var article = new Article
        {
            Id = "a1",
            Language = "en",
            Body = "Putin met Xi.",
            Events = [new Event { Source = "RUSGOV", SourceName = "Vladimir Putin", EventType = "CONSULT", Modality = "asserted", Evidence = "Putin met Xi.", Start = 0, End = 13 }],
            Dates = [new Timex { Text = "Monday", Value = "2023-03-20", Start = 0, End = 6 }],
            Quotes = [new Quote { Text = "dear friend", Direct = true, Start = 0, End = 11 }],
            Entities = [new Entity { Name = "Vladimir Putin", Type = "PERSON", Mentions = [new OffsetRange(0, 5)] }],
        };

        using var json = JsonDocument.Parse(ArticleJson.ToJsonLine(article));
        var root = json.RootElement;

        foreach (var field in new[] { "id", "title", "published", "source", "language", "body", "entities", "quotes", "events", "dates" })
        {
            Assert.True(root.TryGetProperty(field, out _), $"missing '{field}'");
        }

        var ev = root.GetProperty("events")[0];
        foreach (var field in new[] { "source", "source_name", "event", "mode", "context", "cameo", "target", "target_name", "modality", "date", "location", "evidence", "start", "end" })
        {
            Assert.True(ev.TryGetProperty(field, out _), $"event misses '{field}'");
        }

        Assert.Equal("CONSULT", ev.GetProperty("event").GetString());
        Assert.Equal(0, root.GetProperty("entities")[0].GetProperty("mentions")[0].GetProperty("start").GetInt32());
    }

    [Fact]
    public void An_article_survives_a_round_trip()
    {
        var article = new Article { Id = "x", Language = "en", Body = "Text “with” quotes — and dashes.", Title = "T" };

        var back = ArticleJson.Parse(ArticleJson.ToJsonLine(article));

        Assert.Equal(article.Body, back.Body);
        Assert.Equal(article.Title, back.Title);
    }
}
