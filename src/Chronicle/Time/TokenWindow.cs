using Chronicle.Documents;

namespace Chronicle.Time;

/// <summary>
/// One sentence's tokens as the grammar reads them: text, looked-up lexicon entries, and bounds checks, so that
/// no rule indexes outside the sentence. Reads only; never copies a token's text.
/// </summary>
internal readonly ref struct TokenWindow
{
    private readonly string _text;
    private readonly ReadOnlySpan<TokenData> _tokens;
    private readonly ReadOnlySpan<TimeWord> _words;

    public TokenWindow(string text, ReadOnlySpan<TokenData> tokens, ReadOnlySpan<TimeWord> words, int start, int end)
    {
        _text = text;
        _tokens = tokens;
        _words = words;
        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public bool Has(int i) => i >= Start && i < End;

    public ReadOnlySpan<char> Text(int i) => Has(i) ? _text.AsSpan(_tokens[i].Start, _tokens[i].End - _tokens[i].Start) : default;

    public int CharStart(int i) => _tokens[i].Start;

    public int CharEnd(int i) => _tokens[i].End;

    public TimeWord Word(int i) => Has(i) ? _words[i] : default;

    public bool Is(int i, TimeWordClass wordClass) => Has(i) && _words[i].Is(wordClass);

    public bool Is(int i, string word) => Has(i) && Text(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsTrigger(int i, TriggerWord trigger) => Is(i, TimeWordClass.Trigger) && _words[i].Value == (int)trigger;

    public bool IsCapitalized(int i) => Has(i) && Text(i) is { Length: > 0 } t && char.IsUpper(t[0]);

    /// <summary>A month or weekday name as a name: capitalised, as English writes them.</summary>
    public bool IsName(int i, TimeWordClass wordClass) => Is(i, wordClass) && IsCapitalized(i);

    public bool IsPunctuation(int i) => Has(i) && Text(i) is { Length: 1 } t && char.IsPunctuation(t[0]);

    /// <summary>True at the end of the sentence or before punctuation: nothing follows that could attach.</summary>
    public bool EndsPhrase(int i) => !Has(i) || IsPunctuation(i);

    public bool IsLowercaseWord(int i) => Has(i) && Text(i) is { Length: > 0 } t && char.IsLower(t[0]);

    /// <summary>A token that is all ASCII digits, with its value when it has at most nine of them.</summary>
    public bool TryDigits(int i, out int value)
    {
        value = 0;
        var t = Text(i);
        if (t.IsEmpty || t.Length > 9)
        {
            return false;
        }

        foreach (var c in t)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>
    /// A single weekday written out ("Tuesday") or abbreviated with its full stop ("Tues."), capitalised;
    /// <paramref name="end"/> is the token after it.
    /// </summary>
    public bool TryWeekdayName(int i, out int weekday, out int end)
    {
        var word = Word(i);
        weekday = word.Value;
        end = i + 1;
        if (!IsCapitalized(i) || word.Is(TimeWordClass.Plural))
        {
            return false;
        }

        if (word.Is(TimeWordClass.Weekday))
        {
            return true;
        }

        end = i + 2;
        return word.Is(TimeWordClass.WeekdayAbbreviation) && Is(i + 1, ".") && _tokens[i + 1].Start == _tokens[i].End;
    }

    /// <summary>A four-digit year token; any year from 1000 to 2999 counts where the context is a date already.</summary>
    public bool TryYear(int i, out int year) =>
        TryDigits(i, out year) && Text(i).Length == 4 && year is >= 1000 and <= 2999;

    /// <summary>A day of the month: "21", "21st", "3rd".</summary>
    public bool TryDayOfMonth(int i, out int day)
    {
        if (TryDigits(i, out day))
        {
            return Text(i).Length <= 2 && day is >= 1 and <= 31;
        }

        return TryOrdinalNumeral(i, out day) && day is >= 1 and <= 31;
    }

    /// <summary>An ordinal numeral: "21st", "2nd", "19th".</summary>
    public bool TryOrdinalNumeral(int i, out int value)
    {
        value = 0;
        var t = Text(i);
        if (t.Length < 3 || t.Length > 6)
        {
            return false;
        }

        var suffix = t[^2..];
        if (!(suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        foreach (var c in t[..^2])
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>An ordinal as a word ("third") or numeral ("3rd").</summary>
    public bool TryOrdinal(int i, out int value)
    {
        if (Is(i, TimeWordClass.Ordinal))
        {
            value = Word(i).Value;
            return true;
        }

        return TryOrdinalNumeral(i, out value);
    }
}
