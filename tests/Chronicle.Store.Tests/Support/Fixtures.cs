using Chronicle.Output;

namespace Chronicle.Store.Tests.Support;

/// <summary>The hand-written article records in Fixtures/ (see Fixtures/README.md).</summary>
internal static class Fixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static IReadOnlyList<Article> WireStories() =>
        [.. File.ReadLines(Path("wire-stories.jsonl")).Where(l => l.Length > 0).Select(ArticleJson.Parse)];

    public static Article ById(string id) => WireStories().Single(a => a.Id == id);
}
