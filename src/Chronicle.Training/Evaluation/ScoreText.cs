using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Chronicle.Training.Evaluation;

/// <summary>
/// The text normalisation of shared/tools/score.py: NFKD, combining marks dropped, lower case, "'s" removed,
/// punctuation to spaces, a leading "the" dropped, whitespace collapsed.
/// </summary>
/// <remarks>
/// NFKD, dropping combining characters and lower-casing go through a fold table generated from Python's own Unicode
/// database (Data/make-fold-table.py), because the runtime's globalization-invariant mode cannot normalise and its
/// casing is not Python's. Known difference: Python lower-cases a word-final capital sigma to "ς", the table to "σ".
/// Python's <c>\w</c> is letters, numbers and the underscore.
/// </remarks>
internal static class ScoreText
{
    private static readonly FrozenDictionary<int, string> s_fold = LoadFoldTable();

    public static string Norm(string? text)
    {
        if (text is null)
        {
            return "";
        }

        var folded = Fold(text);
        var lowered = folded.Replace('\u2019', '\'').Replace("'s", "").ToString();
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

    /// <summary>score.py's <c>unicodedata.normalize('NFKD', s)</c>, combining characters dropped, then <c>.lower()</c>.</summary>
    public static StringBuilder Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var value = rune.Value;
            if (value < 0x80)
            {
                builder.Append(char.ToLowerInvariant((char)value));
            }
            else if (value is >= 0xAC00 and <= 0xD7A3)
            {
                // Hangul syllables decompose algorithmically into leading, vowel and trailing jamo (Unicode ch. 3.12).
                var index = value - 0xAC00;
                builder.Append((char)(0x1100 + (index / 588))).Append((char)(0x1161 + (index % 588 / 28)));
                if (index % 28 != 0)
                {
                    builder.Append((char)(0x11A7 + (index % 28)));
                }
            }
            else if (s_fold.TryGetValue(value, out var mapped))
            {
                builder.Append(mapped);
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return builder;
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

    private static FrozenDictionary<int, string> LoadFoldTable()
    {
        using var stream = typeof(ScoreText).Assembly.GetManifestResourceStream("Chronicle.Training.Evaluation.fold-table.txt")
            ?? throw new InvalidOperationException("The fold table resource is missing from Chronicle.Training.");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<int, string>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            var folded = new StringBuilder();
            foreach (var part in line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                folded.Append(char.ConvertFromUtf32(int.Parse(part, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            }

            table[int.Parse(line.AsSpan(0, tab), NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = folded.ToString();
        }

        return table.ToFrozenDictionary();
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
