using System.Text;
using System.Text.RegularExpressions;
using Chronicle.Documents;

namespace Chronicle.Cleaning;

/// <summary>
/// Turns scraped plain text into the article body: drops boilerplate lines and a repeated headline,
/// normalises whitespace, keeps paragraphs, and records the dateline place.
/// </summary>
public sealed partial class TextCleaner
{
    /// <param name="rawText">Text with paragraphs separated by blank lines (or single newlines).</param>
    /// <param name="givenTitle">Title that came with the input; when null, a headline-like first line becomes the title.</param>
    public CleanedArticle Clean(string rawText, string? givenTitle)
    {
        ArgumentNullException.ThrowIfNull(rawText);
        var notes = new List<string>();
        var lines = SplitParagraphs(rawText);
        var title = givenTitle is null ? null : NormaliseSpace(givenTitle);

        var kept = new List<string>(lines.Count);
        foreach (var line in lines)
        {
            if (IsBoilerplate(line))
            {
                continue;
            }

            if (title is null && kept.Count == 0 && LooksLikeHeadline(line))
            {
                title = line;
                continue;
            }

            if (title is not null && string.Equals(line, title, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            kept.Add(line);
        }

        string? dateline = null;
        if (kept.Count > 0 && DatelinePattern().Match(kept[0]) is { Success: true } match)
        {
            dateline = match.Groups["place"].Value;
        }
        else if (kept.Count > 1 && DatelinePattern().Match(kept[1]) is { Success: true } second)
        {
            dateline = second.Groups["place"].Value;
        }

        var body = new StringBuilder();
        var paragraphs = new List<TextRange>(kept.Count);
        foreach (var paragraph in kept)
        {
            if (body.Length > 0)
            {
                body.Append("\n\n");
            }

            paragraphs.Add(new TextRange(body.Length, body.Length + paragraph.Length));
            body.Append(paragraph);
        }

        return new CleanedArticle(body.ToString(), paragraphs, title, dateline, notes);
    }

    private static List<string> SplitParagraphs(string raw)
    {
        var paragraphs = new List<string>();
        foreach (var line in raw.ReplaceLineEndings("\n").Split('\n'))
        {
            var normalised = NormaliseSpace(line);
            if (normalised.Length > 0)
            {
                paragraphs.Add(normalised);
            }
        }

        return paragraphs;
    }

    private static string NormaliseSpace(string text) => Whitespace().Replace(text, " ").Trim();

    private static bool IsBoilerplate(string line) => BoilerplatePattern().IsMatch(line);

    /// <summary>A headline is short, has no sentence-final period, and capitalises most of its words or is followed by the lead.</summary>
    private static bool LooksLikeHeadline(string line)
    {
        if (line.Length > 200 || line.EndsWith('.') || line.EndsWith(':'))
        {
            return false;
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 30;
    }

    [GeneratedRegex(@"[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(
        @"^(advertisement|advertisements?|sponsored|also read\b.*|read more\b.*|share this( article| story)?\b.*|click here\b.*|sign up\b.*newsletter.*|subscribe\b.*|.*\bcookies?\b.*\b(accept|consent|policy)\b.*|(photo|image|picture)( credit)?s?:.*|(getty images|reuters|ap photo|afp)( via .*)?|by [A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3}|updated:? .{0,40}\d{1,2}:\d{2}.*|published:? .{0,40}\d{4}.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoilerplatePattern();

    [GeneratedRegex(@"^(?<place>[A-Z][A-Za-z.'\- ]{1,40}?)(?:,\s*[A-Z][A-Za-z.' ]{1,30})?\s*(?:\([^)]{1,30}\))?\s*[:\u2014\u2013-]\s+\S")]
    private static partial Regex DatelinePattern();
}
