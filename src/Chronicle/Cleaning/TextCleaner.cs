using System.Text;
using Chronicle.Documents;

namespace Chronicle.Cleaning;

/// <summary>
/// Turns scraped plain text into the article body: drops boilerplate lines (<see cref="Boilerplate"/>) and the
/// headline wherever it is repeated, takes a headline-like first line as the title when none was given,
/// normalises whitespace, keeps paragraphs, and records the dateline place (the dateline stays in the text).
/// Stateless and thread-safe.
/// </summary>
public sealed class TextCleaner
{
    /// <summary>Headlines are short: longer first lines are the lead paragraph.</summary>
    private const int MaximumHeadlineLength = 200;

    /// <param name="rawText">Text with paragraphs separated by blank lines or single newlines.</param>
    /// <param name="givenTitle">Title that came with the input; when null, a headline-like first line becomes the title.</param>
    public CleanedArticle Clean(string rawText, string? givenTitle)
    {
        ArgumentNullException.ThrowIfNull(rawText);
        var notes = new List<string>();
        var lines = SplitParagraphs(rawText);
        var title = givenTitle is null ? null : NormaliseSpace(givenTitle);
        if (title?.Length == 0)
        {
            title = null;
        }

        var titleKey = title is null ? null : HeadlineKey(title);
        var kept = new List<string>(lines.Count);
        var repeats = 0;
        var boilerplate = new bool[lines.Count];
        var lastContent = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            boilerplate[i] = Boilerplate.IsBoilerplate(lines[i]);
            lastContent = boilerplate[i] ? lastContent : i;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (boilerplate[i])
            {
                continue;
            }

            // A headline needs a body after it: a one-paragraph text is all body, however short.
            if (title is null && kept.Count == 0 && i < lastContent && LooksLikeHeadline(line))
            {
                title = line;
                titleKey = HeadlineKey(line);
                continue;
            }

            // Only short lines can be a repeated headline; comparing keys of long paragraphs would be wasted work.
            if (titleKey is not null && line.Length <= MaximumHeadlineLength + 20 && HeadlineKey(line) == titleKey)
            {
                repeats++;
                continue;
            }

            kept.Add(line);
        }

        if (repeats > 0)
        {
            notes.Add(repeats == 1 ? "the headline was repeated in the text; the repeat was dropped." : $"the headline was repeated {repeats} times in the text; the repeats were dropped.");
        }

        string? dateline = null;
        for (var i = 0; i < Math.Min(2, kept.Count) && dateline is null; i++)
        {
            dateline = Dateline.FindPlace(kept[i], strict: i > 0);
        }

        var length = 0;
        foreach (var paragraph in kept)
        {
            length += paragraph.Length + 2;
        }

        var body = new StringBuilder(length);
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

    /// <summary>
    /// One entry per non-blank line, whitespace normalised. A line that starts in lower case right after a line
    /// that does not end a sentence is a hard-wrapped continuation and is joined to it.
    /// </summary>
    private static List<string> SplitParagraphs(string raw)
    {
        var paragraphs = new List<string>();
        var builder = new StringBuilder(256);
        var previousBlank = true;
        var start = 0;
        while (start <= raw.Length)
        {
            var end = raw.AsSpan(start).IndexOfAny('\n', '\r');
            end = end < 0 ? raw.Length : start + end;
            var line = NormaliseSpace(raw.AsSpan(start, end - start), builder);
            if (line.Length == 0)
            {
                previousBlank = true;
            }
            else if (!previousBlank && paragraphs.Count > 0 && IsContinuation(paragraphs[^1], line))
            {
                paragraphs[^1] = paragraphs[^1] + " " + line;
            }
            else
            {
                paragraphs.Add(line);
                previousBlank = false;
            }

            // "\r\n" is one break: skip the "\n" of the pair.
            start = end + (end + 1 < raw.Length && raw[end] == '\r' && raw[end + 1] == '\n' ? 2 : 1);
        }

        return paragraphs;
    }

    private static bool IsContinuation(string previous, string line) =>
        char.IsLower(line[0]) && previous[^1] is not ('.' or '!' or '?' or ':' or '"' or '\u201D' or '\'' or '\u2019' or ')');

    private static string NormaliseSpace(string text) => NormaliseSpace(text.AsSpan(), new StringBuilder(text.Length));

    /// <summary>Collapses runs of whitespace (no-break and other Unicode spaces too) to one space; drops zero-width and control characters.</summary>
    private static string NormaliseSpace(ReadOnlySpan<char> text, StringBuilder builder)
    {
        builder.Clear();
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
            }
            else if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' || char.IsControl(c))
            {
                continue;
            }
            else
            {
                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }

                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Letters and digits only, lower-cased: the same headline with other quotes, dashes or spacing has the same key.</summary>
    private static string HeadlineKey(string line)
    {
        var key = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    /// <summary>A headline is short, does not end like a sentence or a label, and does not open with a dateline.</summary>
    private static bool LooksLikeHeadline(string line)
    {
        if (line.Length > MaximumHeadlineLength || line[^1] is '.' or ':' or ',' or ';')
        {
            return false;
        }

        var words = 1;
        foreach (var c in line)
        {
            words += c == ' ' ? 1 : 0;
        }

        return words is >= 2 and <= 30 && (char.IsLetterOrDigit(line[0]) || line[0] is '"' or '\'' or '\u201C' or '\u2018') && Dateline.FindPlace(line) is null;
    }
}
