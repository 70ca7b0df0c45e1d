using Chronicle.Output;
using Chronicle.Store;
using Chronicle.Store.Synthetic;

namespace Chronicle.Benchmarks;

/// <summary>
/// The synthetic corpus the store benchmarks use (see <see cref="SyntheticCorpus"/>): the hand-written article
/// records of the store tests as templates, eight joined per article (about nine events each), dates spread
/// over 2015–2024 and countries drawn from fifty. The 1,000,000-event database is built once and kept in the
/// temporary folder, so each benchmark process reuses it.
/// </summary>
internal static class StoreCorpus
{
    public const int TemplatesPerArticle = 8;

    public static IReadOnlyList<Article> Templates() =>
        [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "wire-stories.jsonl")).Where(l => l.Length > 0).Select(ArticleJson.Parse)];

    /// <summary>Articles holding at least <paramref name="events"/> events in all.</summary>
    public static List<Article> WithEvents(int events, int seed)
    {
        var articles = new List<Article>();
        var total = 0;
        foreach (var article in new SyntheticCorpus(Templates(), TemplatesPerArticle).Generate(int.MaxValue, seed))
        {
            articles.Add(article);
            total += article.Events.Count;
            if (total >= events)
            {
                break;
            }
        }

        return articles;
    }

    /// <summary>A SQLite store of at least <paramref name="events"/> events, built on first use and kept.</summary>
    public static string Database(int events)
    {
        var path = Path.Combine(Path.GetTempPath(), $"chronicle-bench-{events}-v2.db");
        if (File.Exists(path))
        {
            return path;
        }

        var building = path + ".building";
        File.Delete(building);
        using (var store = ArticleStores.Open(building))
        {
            var batch = new List<Article>(1000);
            var total = 0;
            foreach (var article in new SyntheticCorpus(Templates(), TemplatesPerArticle).Generate(int.MaxValue, seed: 1))
            {
                batch.Add(article);
                total += article.Events.Count;
                if (batch.Count == batch.Capacity || total >= events)
                {
                    store.Store(batch);
                    batch.Clear();
                }

                if (total >= events)
                {
                    break;
                }
            }
        }

        File.Move(building, path);
        return path;
    }
}
