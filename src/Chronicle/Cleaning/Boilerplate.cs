using System.Text.RegularExpressions;

namespace Chronicle.Cleaning;

/// <summary>
/// Recognises lines that are page furniture rather than article text: ad markers, "Also Read" and share prompts,
/// newsletter and cookie prompts, photo credits, lone bylines and timestamps, reading-time badges.
/// </summary>
public static partial class Boilerplate
{
    /// <summary>Longer lines are prose: testing only short ones keeps cleaning fast and never drops a real paragraph.</summary>
    public const int MaximumLength = 250;

    public static bool IsBoilerplate(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Length <= MaximumLength
            && (Furniture().IsMatch(line) || Byline().IsMatch(line) || (LoneTimestamp().IsMatch(line) && !WrittenDateLine().IsMatch(line)));
    }

    [GeneratedRegex(
        """
        ^(?:
          advertisements?|advert|ads?|sponsored(?:\s+content)?|paid\s+content|promoted
          |(?:story|article)\s+continues\s+below.*|continue\s+reading.*|scroll\s+(?:down\s+)?to\s+continue.*
          |(?:also\s+read|read\s+also|read\s+more|read\s+next|more\s+on\s+this(?:\s+story)?|see\s+also|must\s+read|top\s+stories
             |recommended(?:\s+for\s+you)?|you\s+may\s+also\s+like|related(?:\s+(?:stories|articles|coverage|content|news|links))?
             |more\s+from\s+\w+|watch\s+now|trending\s+now)(?:\s*[:|\-–—»>].*)?
          |share\s+(?:this|the)\s+(?:article|story|post|page|video)\b.*|share(?:\s+(?:on|via))?\s+(?:facebook|twitter|x|whatsapp|linkedin|e-?mail|reddit)\b.*
          |(?:(?:facebook|twitter|whatsapp|linkedin|e-?mail|print|copy\s+link|reddit|pinterest|telegram|share)[\s|,/·•]*){2,}
          |click\s+here\b.*|tap\s+here\b.*
          |.{0,80}\b(?:sign\s+up|subscribe|register)\b.{0,80}\b(?:newsletters?|briefing|updates|alerts|inbox)\b.*
          |(?:get|join)\s+(?:our|the)\b.{0,60}\bnewsletter\b.*|subscribe(?:\s+(?:now|today|here))?\b.*|already\s+a\s+subscriber\b.*
          |.*\b(?:we\s+use\s+cookies|this\s+(?:web)?site\s+uses\s+cookies|accept\s+(?:all\s+)?cookies|cookie\s+(?:policy|settings|preferences))\b.*
          |(?:photo|photograph|image|picture|video|graphic|illustration|file\s+photo|pictured|credit)s?(?:\s+credits?)?\s*(?::|by\b|/|©|\|).*
          |(?:image|photo)\s+(?:copyright|caption|source)\b.*|\(?\s*(?:photo|image|picture)\s+(?:by|courtesy\s+of)\b.*
          |.{0,120}(?:\bgetty\s+images|\bap\s+photo|\bafp\s+via\s+getty|\b(?:reuters|afp|ap|epa)/\p{Lu}\p{L}*|\bshutterstock|\bistock(?:photo)?)\b.{0,60}
          |(?:©|\(c\)|copyright\b).{0,120}|all\s+rights\s+reserved\.?
          |.{0,80}\b(?:reproduction|republication|redistribution|reprinting)\b.{0,60}\b(?:prohibited|forbidden|only|without|permission|link)\b.*
          |\(?(?:reporting|writing|additional\s+reporting|editing|compiled)\s+by\b.*|reuter|reuters
          |follow\s+(?:us|\S+)\s+on\s+(?:twitter|facebook|instagram|x|threads|bluesky)\b.*|download\s+(?:the|our)\b.{0,40}\bapp\b.*
          |\d+\s*(?:min(?:ute)?s?|m)\s+read|reading\s+time:?.{0,20}|listen\s+to\s+(?:this\s+)?(?:article|story)\b.*
          |(?:skip|jump)\s+to\s+(?:main\s+)?content|loading\W*|comments?(?:\s*\(\d+\))?|print|e-?mail|share|tweet|close|menu|home
        )\W*$
        """,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Furniture();

    /// <summary>"By Jane Doe", "By Jane Doe and John Roe, Reuters", "BY JANE DOE | Updated …": names must be capitalised, so "By the time …" is prose.</summary>
    [GeneratedRegex(
        @"^(?:By|BY|Written by|Words by)\s+\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}(?:\s*(?:,|and|&|AND)\s+\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3})*(?:\s*[,|•·\-–—]\s*.{0,60})?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    /// <summary>
    /// A written-out calendar date alone on its line ("Monday, March 4, 2019") is the article's date line, as
    /// wire and Wikinews stories print it: it is a time expression of the article, so it stays in the body. Labelled
    /// stamps ("Updated: …"), clock times, ISO and numeric dates and "3 hours ago" are page furniture and go.
    /// </summary>
    [GeneratedRegex(
        """
        ^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?
        (?:
           (?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}
          |\d{1,2}(?:st|nd|rd|th)?\s+(?:january|february|march|april|may|june|july|august|september|october|november|december),?\s+\d{4}
        )\.?$
        """,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex WrittenDateLine();

    /// <summary>A line that is only a date and/or time, optionally labelled ("Updated:", "Published on").</summary>
    [GeneratedRegex(
        """
        ^(?:(?:last\s+)?(?:updated|published|posted|first\s+published|modified|created|date)(?:\s+(?:on|at))?\s*:?\s*)?
        (?:
          (?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?
          (?:
             (?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?
            |\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?,?(?:\s+\d{4})?
            |\d{4}-\d{2}-\d{2}(?:[t\s]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:z|[+-]\d{2}:?\d{2})?)?
            |\d{1,2}[/.]\d{1,2}[/.]\d{2,4}
          )
          (?:\s*(?:,|at|-|–|—|\|)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[a-z]{2,5}\)?)?)?
         |\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[a-z]{2,5}\)?)?(?:\s*,?\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?(?:\s+\d{4})?)?
         |\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago
        )\W*$
        """,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex LoneTimestamp();
}
