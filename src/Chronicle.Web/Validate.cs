using System.Globalization;
using System.Text.RegularExpressions;
using Chronicle.Store.Queries;

namespace Chronicle.Web;

/// <summary>
/// Checks request parameters before they reach the store and throws <see cref="ApiInputException"/> with a
/// message naming the parameter and value. The store binds every value as a SQL parameter anyway; this is
/// so that a typo gets a clear 400 instead of an empty answer.
/// </summary>
public static partial class Validate
{
    private static readonly string[] s_modalities = ["asserted", "planned", "hypothetical", "negated"];

    /// <summary>An optional <c>YYYY-MM-DD</c> date.</summary>
    public static string? Date(string parameter, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new ApiInputException(parameter, $"{parameter} '{Shorten(value)}' is not a date of the form YYYY-MM-DD.");
        }

        return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>Checks that <paramref name="from"/> is not after <paramref name="to"/>.</summary>
    public static void Range(string? from, string? to)
    {
        if (from is not null && to is not null && string.CompareOrdinal(from, to) > 0)
        {
            throw new ApiInputException("from", $"from {from} is after to {to}.");
        }
    }

    /// <summary>An optional CAMEO-style actor code: a three-letter country or IGO code, then three-letter role codes.</summary>
    public static string? Actor(string parameter, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (!ActorCode().IsMatch(value))
        {
            throw new ApiInputException(parameter,
                $"{parameter} '{Shorten(value)}' is not an actor code: expected three letters (RUS) optionally followed by three-letter codes (RUSGOV, USAMIL).");
        }

        return value.ToUpperInvariant();
    }

    /// <summary>A required three-letter country or IGO code.</summary>
    public static string Country(string parameter, string? value)
    {
        if (value is null || !CountryCode().IsMatch(value))
        {
            throw new ApiInputException(parameter, $"{parameter} '{Shorten(value ?? "")}' is not a three-letter country or IGO code such as RUS.");
        }

        return value.ToUpperInvariant();
    }

    public static string? EventType(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (!EventTypeName().IsMatch(value))
        {
            throw new ApiInputException("type", $"type '{Shorten(value)}' is not a PLOVER event type such as CONSULT.");
        }

        return value.ToUpperInvariant();
    }

    public static string? Modality(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var lower = value.ToLowerInvariant();
        if (!s_modalities.Contains(lower, StringComparer.Ordinal))
        {
            throw new ApiInputException("modality", $"modality '{Shorten(value)}' is not one of {string.Join(", ", s_modalities)}.");
        }

        return lower;
    }

    /// <summary>Free text for a LIKE or full-text filter: any characters, bounded length.</summary>
    public static string? Text(string parameter, string? value, int maxLength = ApiLimits.MaxFilterLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            throw new ApiInputException(parameter, $"{parameter} is {value.Length} characters long; at most {maxLength} are accepted.");
        }

        return value.Trim();
    }

    public static int Limit(int? value, int fallback)
    {
        if (value is null)
        {
            return fallback;
        }

        if (value < 1 || value > ApiLimits.MaxPageSize)
        {
            throw new ApiInputException("limit", $"limit {value} is out of range: 1 to {ApiLimits.MaxPageSize}.");
        }

        return value.Value;
    }

    public static TimeBucket Bucket(string? value) => value?.ToLowerInvariant() switch
    {
        null or "" or "month" => TimeBucket.Month,
        "week" => TimeBucket.Week,
        "day" => TimeBucket.Day,
        _ => throw new ApiInputException("by", $"by '{Shorten(value)}' is not one of day, week, month."),
    };

    /// <summary>The event and story filter shared by <c>/api/events</c> and <c>/api/stories</c>.</summary>
    public static EventFilter EventFilter(
        string? source, string? target, string? type, string? modality, string? from, string? to, string? place, string? text, int? limit)
    {
        var first = Date("from", from);
        var last = Date("to", to);
        Range(first, last);
        return new EventFilter
        {
            Source = Actor("source", source),
            Target = Actor("target", target),
            EventType = EventType(type),
            Modality = Modality(modality),
            From = first,
            To = last,
            Place = Text("place", place),
            Text = Text("text", text),
            Limit = Limit(limit, 100),
        };
    }

    // Echoed values are cut so a hostile parameter cannot make the error message huge.
    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    [GeneratedRegex("^[A-Za-z]{3}(?:[A-Za-z0-9]{3}){0,5}$")]
    private static partial Regex ActorCode();

    [GeneratedRegex("^[A-Za-z]{3}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex("^[A-Za-z_]{2,30}$")]
    private static partial Regex EventTypeName();
}
