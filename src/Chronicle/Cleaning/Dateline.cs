using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Chronicle.Cleaning;

/// <summary>
/// Finds the dateline that opens a news paragraph — "Moscow:", "SALVADOR, Feb 26 -", "WASHINGTON (Reuters) -",
/// "Kyiv, Ukraine —" — and returns its place, in title case when it was written in capitals.
/// </summary>
public static partial class Dateline
{
    /// <summary>Capitalised words that open a line with a colon but are labels, not places.</summary>
    private static readonly FrozenSet<string> s_labels = new[]
    {
        "Note", "Editor's Note", "Editor’s Note", "Update", "Updated", "Correction", "Clarification", "Warning", "Photo",
        "Source", "Sources", "Watch", "Read", "Related", "Listen", "Video", "Q", "A", "Question", "Answer", "Summary",
        "Analysis", "Opinion", "Comment", "Exclusive", "Breaking", "Live", "Background", "Context", "Image", "Credit",
        "Result", "Results", "Score", "Scores", "Transcript", "Timeline", "Factbox", "Explainer", "Editorial", "Review",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <param name="paragraph">An opening paragraph of the body.</param>
    /// <param name="strict">
    /// For paragraphs after the first: only a colon, capitals, a region or an agency make a dateline there, because
    /// "Hodgson - now in charge at Viking - was …" opens later paragraphs the way "Moscow — …" opens a first one.
    /// </param>
    public static string? FindPlace(string paragraph, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var match = Pattern().Match(paragraph);
        if (!match.Success)
        {
            return null;
        }

        var place = match.Groups["place"].Value;
        if (place.Length < 2 || s_labels.Contains(place))
        {
            return null;
        }

        // "President Biden — who …" opens prose the way "Moscow — …" opens a dateline; without capitals, a region
        // or an agency to go by, only a one-word place before a long dash, in the first paragraph, is a dateline.
        var allCaps = IsAllCaps(place);
        var separator = match.Groups["separator"].Value;
        if (separator != ":" && !allCaps && !match.Groups["region"].Success && !match.Groups["agency"].Success
            && (strict || separator is "-" or "--" || place.Contains(' ', StringComparison.Ordinal)))
        {
            return null;
        }

        return allCaps ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(place.ToLowerInvariant()) : place;
    }

    private static bool IsAllCaps(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters > 1;
    }

    [GeneratedRegex(
        """
        ^(?<place>\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3})
        (?<region>,\s*\p{Lu}[\p{L}.'’]*(?:\s+[\p{Lu}\d][\p{L}.'’\d]*){0,3})?
        \s*(?<agency>\([^()]{1,25}\))?
        \s*(?<separator>:|—|–|--?)\s+\S
        """,
        RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Pattern();
}
