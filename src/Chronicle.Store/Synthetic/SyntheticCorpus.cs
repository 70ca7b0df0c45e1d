using System.Globalization;
using Chronicle.Output;

namespace Chronicle.Store.Synthetic;

/// <summary>
/// Makes many article records from a few real ones, for store benchmarks and crash tests: each synthetic
/// article joins <c>templatesPerArticle</c> template articles (bodies, entities, events and quotes with their
/// offsets shifted), moves every date by one random offset into 2015–2024, and maps each country prefix of
/// its actor codes to a random country (sectors kept: RUSGOV may become BRAGOV; IGO codes kept). The words
/// and the event structure are the templates'; only ids, dates and countries change. Deterministic per seed.
/// </summary>
public sealed class SyntheticCorpus
{
    private static readonly string[] s_countries =
    [
        "USA", "CHN", "RUS", "UKR", "GBR", "FRA", "DEU", "JPN", "IND", "BRA", "IRN", "ISR", "PSE", "SYR", "TUR",
        "SAU", "EGY", "NGA", "ZAF", "KEN", "ETH", "PAK", "AFG", "IRQ", "KOR", "PRK", "TWN", "VNM", "IDN", "PHL",
        "MEX", "VEN", "COL", "ARG", "CAN", "AUS", "POL", "ITA", "ESP", "SDN", "LBY", "YEM", "MMR", "THA", "QAT",
        "ARE", "JOR", "LBN", "BLR", "GEO",
    ];

    private static readonly DateOnly s_start = new(2015, 1, 1);

    private readonly IReadOnlyList<Article> _templates;
    private readonly int _templatesPerArticle;
    private readonly int _countries;
    private readonly int _days;

    /// <param name="countries">How many of the fifty countries to draw from (fewer: denser dyads).</param>
    /// <param name="days">Over how many days from 1 January 2015 publication dates spread.</param>
    public SyntheticCorpus(IReadOnlyList<Article> templates, int templatesPerArticle = 1, int countries = 50, int days = 3650)
    {
        ArgumentOutOfRangeException.ThrowIfZero(templates.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(templatesPerArticle, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(countries, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(countries, s_countries.Length);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        _templates = templates;
        _templatesPerArticle = templatesPerArticle;
        _countries = countries;
        _days = days;
    }

    public IEnumerable<Article> Generate(int count, int seed)
    {
        var random = new Random(seed);
        for (var k = 0; k < count; k++)
        {
            var parts = Enumerable.Range(0, _templatesPerArticle).Select(_ => _templates[random.Next(_templates.Count)]).ToList();
            var published = s_start.AddDays(random.Next(_days));
            var countries = new Dictionary<string, string>(StringComparer.Ordinal);
            yield return Combine($"synthetic-{seed}-{k}", parts, published, code => MapCountry(code, countries, random, _countries));
        }
    }

    private static Article Combine(string id, List<Article> parts, DateOnly published, Func<string?, string?> map)
    {
        var first = parts[0];
        var shift = first.Published is { } p ? published.DayNumber - DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber : 0;
        var body = new System.Text.StringBuilder();
        var entities = new List<Entity>();
        var quotes = new List<Quote>();
        var events = new List<Event>();
        var dates = new List<Timex>();
        foreach (var part in parts)
        {
            if (body.Length > 0)
            {
                body.Append("\n\n");
            }

            var offset = body.Length;
            body.Append(part.Body);
            entities.AddRange(part.Entities.Select(e => e with
            {
                Country = map(e.Country),
                Actor = map(e.Actor),
                Mentions = [.. e.Mentions.Select(m => new OffsetRange(m.Start + offset, m.End + offset))],
            }));
            quotes.AddRange(part.Quotes.Select(q => q with { Start = q.Start + offset, End = q.End + offset }));
            events.AddRange(part.Events.Select(e => e with
            {
                Source = map(e.Source),
                Target = map(e.Target),
                Date = Shift(e.Date, shift),
                Start = e.Start + offset,
                End = e.End + offset,
            }));
            dates.AddRange(part.Dates.Select(d => d with { Value = Shift(d.Value, shift), Start = d.Start + offset, End = d.End + offset }));
        }

        return first with
        {
            Id = id,
            Published = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Body = body.ToString(),
            Entities = entities,
            Quotes = quotes,
            Events = events,
            Dates = dates,
        };
    }

    private static string? MapCountry(string? code, Dictionary<string, string> countries, Random random, int pool)
    {
        if (code is not { Length: >= 3 } || code.StartsWith("IGO", StringComparison.Ordinal))
        {
            return code;
        }

        var prefix = code[..3];
        if (!countries.TryGetValue(prefix, out var replacement))
        {
            replacement = s_countries[random.Next(pool)];
            countries[prefix] = replacement;
        }

        return replacement + code[3..];
    }

    private static string? Shift(string? date, int days) =>
        date is { Length: 10 } && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date;
}
