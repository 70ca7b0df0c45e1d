using System.CommandLine;
using Chronicle.Store.Queries;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle query events|stories|evidence|quotes|actors|dyads|search</c>: asks the store.</summary>
internal static class QueryCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("query", "Ask the store: events, stories and their evidence, quotes, actors, dyads, full-text search.");
        command.Subcommands.Add(Events(context, stories: false));
        command.Subcommands.Add(Events(context, stories: true));
        command.Subcommands.Add(Evidence(context));
        command.Subcommands.Add(Quotes(context));
        command.Subcommands.Add(Actors(context));
        command.Subcommands.Add(Dyads(context));
        command.Subcommands.Add(Search(context));
        return command;
    }

    private static Option<string> Format() => new Option<string>("--format") { Description = "table (default), json or csv.", DefaultValueFactory = _ => "table" }
        .AcceptOnlyFromAmong(QueryOutput.Formats);

    private static Option<int> Limit(int value) => new("--limit") { Description = "Most rows to return.", DefaultValueFactory = _ => value };

    private static Command Events(CliContext context, bool stories)
    {
        var db = StoreOptions.Database();
        var format = Format();
        var limit = Limit(50);
        var filter = new EventFilterOptions();
        var command = stories
            ? new Command("stories", "Stories (reports of one event merged) by source, target, type, modality, dates, place, text.")
            : new Command("events", "Events by source, target (actor code or 3-letter country), type, modality, dates, place, text.");
        command.Options.Add(db);
        command.Options.Add(format);
        command.Options.Add(limit);
        filter.AddTo(command);
        command.SetAction((parseResult, _) => Task.FromResult(StoreOptions.Run(context, parseResult.GetValue(db), store =>
        {
            var query = filter.Read(parseResult) with { Limit = parseResult.GetValue(limit) };
            if (stories)
            {
                QueryOutput.Write(context, parseResult.GetValue(format)!, store.Stories(query),
                    ("id", s => s.Id), ("date", s => s.Date), ("source", s => s.Source), ("event", s => s.EventType), ("target", s => s.Target),
                    ("modality", s => s.Modality), ("location", s => s.Location), ("cameo", s => s.Cameo), ("goldstein", s => s.Goldstein),
                    ("mentions", s => s.Mentions), ("articles", s => s.Articles), ("sources", s => s.Sources),
                    ("first_source", s => s.FirstSource), ("evidence", s => s.Evidence));
            }
            else
            {
                QueryOutput.Write(context, parseResult.GetValue(format)!, store.Events(query),
                    ("date", e => e.Date), ("source", e => e.Source), ("source_name", e => e.SourceName), ("event", e => e.EventType),
                    ("target", e => e.Target), ("target_name", e => e.TargetName), ("modality", e => e.Modality), ("location", e => e.Location),
                    ("cameo", e => e.Cameo), ("goldstein", e => e.Goldstein), ("story_id", e => e.StoryId), ("article_id", e => e.ArticleId),
                    ("evidence", e => e.Evidence));
            }

            return 0;
        })));
        return command;
    }

    private static Command Evidence(CliContext context)
    {
        var db = StoreOptions.Database();
        var format = Format();
        var story = new Argument<long>("story") { Description = "A story id, as `query stories` lists them." };
        var command = new Command("evidence", "Every report merged into one story: article, source and evidence sentence.") { story, db, format };
        command.SetAction((parseResult, _) => Task.FromResult(StoreOptions.Run(context, parseResult.GetValue(db), store =>
        {
            var reports = store.StoryEvidence(parseResult.GetValue(story));
            QueryOutput.Write(context, parseResult.GetValue(format)!, reports,
                ("date", e => e.Date), ("article_id", e => e.ArticleId), ("article_source", e => e.ArticleSource), ("source", e => e.Source),
                ("event", e => e.EventType), ("target", e => e.Target), ("location", e => e.Location), ("start", e => e.Start),
                ("end", e => e.End), ("evidence", e => e.Evidence));
            return 0;
        })));
        return command;
    }

    private static Command Quotes(CliContext context)
    {
        var db = StoreOptions.Database();
        var format = Format();
        var limit = Limit(50);
        var speaker = new Option<string?>("--speaker") { Description = "Part of the speaker's name." };
        var mentions = new Option<string?>("--mentions") { Description = "An entity the quote names (name or alias)." };
        var text = new Option<string?>("--text") { Description = "Words in the quote (full-text)." };
        var command = new Command("quotes", "Quotes by speaker, entity mentioned and words.") { db, format, limit, speaker, mentions, text };
        command.SetAction((parseResult, _) => Task.FromResult(StoreOptions.Run(context, parseResult.GetValue(db), store =>
        {
            var quotes = store.Quotes(new QuoteFilter
            {
                Speaker = parseResult.GetValue(speaker),
                Mentions = parseResult.GetValue(mentions),
                Text = parseResult.GetValue(text),
                Limit = parseResult.GetValue(limit),
            });
            QueryOutput.Write(context, parseResult.GetValue(format)!, quotes,
                ("published", q => q.Published), ("speaker", q => q.Speaker), ("text", q => q.Text), ("direct", q => q.Direct),
                ("cue", q => q.Cue), ("article_id", q => q.ArticleId), ("source", q => q.ArticleSource));
            return 0;
        })));
        return command;
    }

    private static Command Actors(CliContext context)
    {
        var db = StoreOptions.Database();
        var format = Format();
        var limit = Limit(20);
        var from = new Option<string?>("--from") { Description = "First day, YYYY-MM-DD." };
        var to = new Option<string?>("--to") { Description = "Last day, YYYY-MM-DD." };
        var command = new Command("actors", "The most active actors, with their events by type.") { db, format, limit, from, to };
        command.SetAction((parseResult, _) => Task.FromResult(StoreOptions.Run(context, parseResult.GetValue(db), store =>
        {
            var actors = store.Actors(parseResult.GetValue(limit), parseResult.GetValue(from), parseResult.GetValue(to));
            QueryOutput.Write(context, parseResult.GetValue(format)!, actors,
                ("actor", a => a.Actor), ("name", a => a.Name), ("events", a => a.Events), ("as_source", a => a.AsSource),
                ("as_target", a => a.AsTarget), ("by_type", a => string.Join(' ', a.ByType.Select(t => $"{t.Key}:{t.Value}"))));
            return 0;
        })));
        return command;
    }

    private static Command Dyads(CliContext context)
    {
        var db = StoreOptions.Database();
        var format = Format();
        var first = new Argument<string>("first") { Description = "Three-letter country or IGO code, e.g. RUS." };
        var second = new Argument<string>("second") { Description = "Three-letter country or IGO code, e.g. CHN." };
        var by = new Option<string>("--by") { Description = "day, week or month.", DefaultValueFactory = _ => "month" }.AcceptOnlyFromAmong("day", "week", "month");
        var directed = new Option<bool>("--directed") { Description = "Only events with the first as source." };
        var all = new Option<bool>("--all-modalities") { Description = "Count planned, hypothetical and negated events too." };
        var from = new Option<string?>("--from") { Description = "First day, YYYY-MM-DD." };
        var to = new Option<string?>("--to") { Description = "Last day, YYYY-MM-DD." };
        var command = new Command("dyads", "Events between two countries over time: counts by quad class and Goldstein score.")
        {
            first, second, db, format, by, directed, all, from, to,
        };
        command.SetAction((parseResult, _) => Task.FromResult(StoreOptions.Run(context, parseResult.GetValue(db), store =>
        {
            var buckets = store.Dyad(new DyadQuery
            {
                First = parseResult.GetValue(first)!,
                Second = parseResult.GetValue(second)!,
                Bucket = Enum.Parse<TimeBucket>(parseResult.GetValue(by)!, ignoreCase: true),
                Directed = parseResult.GetValue(directed),
                AssertedOnly = !parseResult.GetValue(all),
                From = parseResult.GetValue(from),
                To = parseResult.GetValue(to),
            });
            QueryOutput.Write(context, parseResult.GetValue(format)!, buckets,
                ("period", b => b.Period), ("verbal_cooperation", b => b.VerbalCooperation), ("material_cooperation", b => b.MaterialCooperation),
                ("verbal_conflict", b => b.VerbalConflict), ("material_conflict", b => b.MaterialConflict), ("events", b => b.Total),
                ("goldstein_sum", b => b.GoldsteinSum), ("goldstein_mean", b => b.GoldsteinMean));
            return 0;
        })));
        return command;
    }

    private static Command Search(CliContext context)
    {
        var db = StoreOptions.Database();
        var format = Format();
        var limit = Limit(20);
        var words = new Argument<string>("words") { Description = "Words to find in article titles and bodies." };
        var command = new Command("search", "Full-text search over articles, with the matched words [bracketed] in snippets.") { words, db, format, limit };
        command.SetAction((parseResult, _) => Task.FromResult(StoreOptions.Run(context, parseResult.GetValue(db), store =>
        {
            var hits = store.Search(parseResult.GetValue(words)!, parseResult.GetValue(limit));
            QueryOutput.Write(context, parseResult.GetValue(format)!, hits,
                ("article_id", h => h.ArticleId), ("published", h => h.Published), ("title", h => h.Title), ("source", h => h.Source),
                ("snippet", h => h.Snippet));
            return 0;
        })));
        return command;
    }
}
