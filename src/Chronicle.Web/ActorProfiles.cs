using Chronicle.Output;
using Chronicle.Store;
using Chronicle.Store.Queries;

namespace Chronicle.Web;

/// <summary>Builds an <see cref="ActorProfile"/> from bounded store queries (never a scan of every event).</summary>
public static class ActorProfiles
{
    public const int Window = 500;

    // Articles read for aliases and roles: the ones behind the latest events.
    private const int ArticlesRead = 10;

    public static ActorProfile Build(IArticleStore store, string actor)
    {
        var asSource = store.Events(new EventFilter { Source = actor, Limit = Window });
        var asTarget = store.Events(new EventFilter { Target = actor, Limit = Window });
        var all = asSource.Concat(asTarget).DistinctBy(e => e.Id).OrderByDescending(e => e.Date, StringComparer.Ordinal).ToList();

        // A country code's filter also matches its sectors (USA finds USAGOV, USAMED …); names and aliases come
        // only from records carrying exactly this code, or the actor page of USA lists every US official and outlet.
        var names = asSource.Where(e => string.Equals(e.Source, actor, StringComparison.Ordinal)).Select(e => e.SourceName)
            .Concat(asTarget.Where(e => string.Equals(e.Target, actor, StringComparison.Ordinal)).Select(e => e.TargetName)).OfType<string>()
            .GroupBy(n => n, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
        var byType = all.GroupBy(e => e.EventType, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);
        var partners = asSource.Select(e => (Code: e.Target, Name: e.TargetName)).Concat(asTarget.Select(e => (Code: e.Source, Name: e.SourceName)))
            .Where(p => p.Code is not null)
            .GroupBy(p => p.Code!, StringComparer.Ordinal)
            .Select(g => new ActorPartner(g.Key, g.Select(p => p.Name).FirstOrDefault(n => n is not null), g.Count()))
            .OrderByDescending(p => p.Events).ThenBy(p => p.Actor, StringComparer.Ordinal).Take(15).ToList();

        var entities = all.Select(e => e.ArticleId).Distinct(StringComparer.Ordinal).Take(ArticlesRead)
            .Select(store.FindArticle).OfType<Article>()
            .SelectMany(a => a.Entities)
            .Where(e => string.Equals(e.Actor, actor, StringComparison.Ordinal))
            .ToList();
        var aliases = entities.SelectMany(e => e.Aliases.Prepend(e.Name)).Concat(names).Distinct(StringComparer.Ordinal).ToList();
        var name = names.FirstOrDefault() ?? entities.Select(e => e.Name).FirstOrDefault();
        var quotes = name is null ? [] : store.Quotes(new QuoteFilter { Speaker = name, Limit = 10 });

        return new ActorProfile
        {
            Actor = actor,
            Name = name,
            Aliases = aliases,
            Roles = [.. entities.Select(e => e.Role).OfType<string>().Distinct(StringComparer.Ordinal)],
            Types = [.. entities.Select(e => e.Type).Distinct(StringComparer.Ordinal)],
            AsSource = asSource.Count,
            AsTarget = asTarget.Count,
            ByType = byType,
            Partners = partners,
            RecentEvents = [.. all.Take(20)],
            RecentQuotes = quotes,
            Window = Window,
            Sampled = asSource.Count == Window || asTarget.Count == Window,
        };
    }
}
