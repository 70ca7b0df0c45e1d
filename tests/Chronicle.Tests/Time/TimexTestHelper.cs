using Chronicle.Documents;
using Chronicle.Tests.Support;
using Chronicle.Time;

namespace Chronicle.Tests.Time;

/// <summary>Runs the segmenter and the temporal tagger over a text and reads the expressions back as strings.</summary>
internal static class TimexTestHelper
{
    public static readonly DateOnly Tuesday21March2023 = new(2023, 3, 21);

    public static Document Tag(string text, DateOnly? published)
    {
        var document = TestDocuments.Segmented(text, published);
        new TemporalTagger().Process(document);
        return document;
    }

    public static IReadOnlyList<(string Text, string? Value, TimeExpressionKind Kind, string? Timex3)> Expressions(string text, DateOnly? published)
    {
        var document = Tag(text, published);
        return [.. document.TimeExpressions.Select(t => (document.Text[t.Characters.Start..t.Characters.End], t.Value, t.Kind, t.Timex3))];
    }

    /// <summary>The one expression whose text is <paramref name="span"/>; fails the test if there is none or several.</summary>
    public static (string Text, string? Value, TimeExpressionKind Kind, string? Timex3) Single(string text, DateOnly? published, string span)
    {
        var found = Expressions(text, published);
        var matching = found.Where(e => e.Text == span).ToList();
        Assert.True(matching.Count == 1, $"expected one expression \"{span}\" in \"{text}\"; found: {string.Join(" | ", found.Select(e => $"[{e.Text}]={e.Value}"))}");
        return matching[0];
    }
}
