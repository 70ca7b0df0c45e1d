using System.Globalization;
using System.Text;

namespace Chronicle.Training.Evaluation;

/// <summary>
/// The text normalisation of shared/tools/score.py: NFKD, combining marks dropped, lower case, "'s" removed,
/// punctuation to spaces, a leading "the" dropped, whitespace collapsed.
/// </summary>
/// <remarks>
/// Python's <c>unicodedata.combining</c> (canonical combining class ≠ 0) is approximated by the non-spacing-mark
/// category, which agrees for the accents of Latin, Greek and Cyrillic names; Python's <c>\w</c> is letters, numbers
/// and the underscore.
/// </remarks>
internal static class ScoreText
{
    public static string Norm(string? text)
    {
        if (text is null)
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var stripped = new StringBuilder(decomposed.Length);
        foreach (var rune in decomposed.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.NonSpacingMark)
            {
                stripped.Append(Rune.ToLowerInvariant(rune).ToString());
            }
        }

        var lowered = stripped.Replace('\u2019', '\'').Replace("'s", "").ToString();
        var words = new StringBuilder(lowered.Length);
        foreach (var rune in lowered.EnumerateRunes())
        {
            words.Append(IsWord(rune) || IsSpace(rune) ? rune.ToString() : " ");
        }

        var parts = Split(words.ToString());
        var from = parts.Count > 0 && parts[0] == "the" && StartsWithTheAndSpace(words.ToString()) ? 1 : 0;
        return string.Join(' ', parts.Skip(from));
    }

    /// <summary><c>str.split()</c>: runs of whitespace separate, leading and trailing whitespace ignored.</summary>
    public static List<string> Split(string text)
    {
        var parts = new List<string>();
        var start = -1;
        var i = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsSpace(rune))
            {
                if (start >= 0)
                {
                    parts.Add(text[start..i]);
                    start = -1;
                }
            }
            else if (start < 0)
            {
                start = i;
            }

            i += rune.Utf16SequenceLength;
        }

        if (start >= 0)
        {
            parts.Add(text[start..]);
        }

        return parts;
    }

    public static List<string> Words(string? text) => Split(Norm(text));

    /// <summary>
    /// The last capitalised word of a name, normalised (<c>re.findall(r"[A-Za-z][\w'’-]*")</c> and <c>w[0].isupper()</c>); null if none.
    /// </summary>
    public static string? Surname(string? text)
    {
        string? last = null;
        var source = text ?? "";
        var i = 0;
        while (i < source.Length)
        {
            if (!char.IsAsciiLetter(source[i]))
            {
                i++;
                continue;
            }

            var start = i;
            i++;
            while (i < source.Length)
            {
                var rune = Rune.GetRuneAt(source, i);
                if (!(IsWord(rune) || rune.Value is '\'' or '\u2019' or '-'))
                {
                    break;
                }

                i += rune.Utf16SequenceLength;
            }

            if (char.IsAsciiLetterUpper(source[start]))
            {
                last = source[start..i];
            }
        }

        return last is null ? null : Norm(last);
    }

    /// <summary>Python's <c>\w</c> on str patterns: letters, numbers and the underscore.</summary>
    public static bool IsWord(Rune rune) => rune.Value == '_' || Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };

    /// <summary>Python's <c>str.isspace()</c>.</summary>
    public static bool IsSpace(Rune rune) =>
        Rune.IsWhiteSpace(rune) || rune.Value is >= 0x1C and <= 0x1F;

    /// <summary><c>^\s*the\s+</c>: "the" must be followed by whitespace, which the split already guarantees unless it ends the text.</summary>
    private static bool StartsWithTheAndSpace(string text)
    {
        var trimmed = text.TrimStart();
        return trimmed.Length > 3 && trimmed.StartsWith("the", StringComparison.Ordinal) && IsSpace(Rune.GetRuneAt(trimmed, 3));
    }
}
