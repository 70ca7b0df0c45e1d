using System.Collections.Frozen;
using Chronicle.Documents;

namespace Chronicle.Time;

/// <summary>
/// Days named by the event they belong to: "the opening night", "the final day", "day five of the World Cup".
/// They have no date of their own; a story dates them once, in apposition to a date ("on Friday evening, the opening
/// night, ..."; "Opening night, May 9, 2016, of the show"; "Yesterday, day three of the Cup, ..."), and every
/// other mention of the same phrase in the story is the same day.
/// </summary>
/// <remarks>
/// Runs after the grammar, over the whole document, because the dating mention may come after the first use and in
/// another sentence. A phrase that no apposition dates is left out: alone it names no day.
/// </remarks>
internal static class EventDayPhrases
{
    // Words that pick one day of an event. "last" is left out: "last night" is deictic and the grammar reads it.
    private static readonly FrozenSet<string> Modifiers = FrozenSet.ToFrozenSet(
        ["opening", "closing", "final", "first", "second", "third", "fourth", "fifth", "launch", "premiere"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Heads = FrozenSet.ToFrozenSet(
        ["day", "night", "evening", "morning", "afternoon"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ModifierLookup = Modifiers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadLookup = Heads.GetAlternateLookup<ReadOnlySpan<char>>();

    // An "of the ..." tail of an appositive ("day three of the 2014 World Cup") runs to the next comma, at most this far.
    private const int LongestTail = 12;

    /// <summary>Adds the dated event-day phrases of <paramref name="document"/> to <paramref name="expressions"/>, kept in text order.</summary>
    public static void Add(Document document, ReadOnlySpan<TimeWord> words, List<TimeExpression> expressions)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        List<EventDayPhrase>? phrases = null;
        foreach (var sentence in document.Sentences)
        {
            for (var i = sentence.Tokens.Start; i < sentence.Tokens.End; i++)
            {
                if (TryCore(text, tokens, words, i, sentence.Tokens.End, out var coreEnd) && !Covered(expressions, i, coreEnd))
                {
                    phrases ??= [];
                    phrases.Add(Date(text, tokens, words, expressions, sentence.Tokens, i, coreEnd));
                    i = coreEnd - 1;
                }
            }
        }

        if (phrases is null)
        {
            return;
        }

        var added = false;
        for (var p = 0; p < phrases.Count; p++)
        {
            var phrase = phrases[p];
            var value = phrase.Value ?? Corefer(phrases, p);
            if (value is null)
            {
                continue;
            }

            expressions.Add(new TimeExpression(new TextRange(tokens[phrase.Start].Start, tokens[phrase.End - 1].End), TimeExpressionKind.Date, value)
            {
                Tokens = new TokenRange(phrase.Start, phrase.End),
                Timex3 = value,
            });
            added = true;
        }

        if (added)
        {
            expressions.Sort(static (a, b) => a.Characters.Start != b.Characters.Start
                ? a.Characters.Start.CompareTo(b.Characters.Start)
                : a.Characters.End.CompareTo(b.Characters.End));
        }
    }

    /// <summary>"opening night", "final day", "day five", "Day 5": the words that name the day, without a determiner.</summary>
    private static bool TryCore(string text, TokenData[] tokens, ReadOnlySpan<TimeWord> words, int i, int sentenceEnd, out int end)
    {
        end = i;
        if (i + 1 >= sentenceEnd)
        {
            return false;
        }

        var first = Span(text, tokens, i);
        var second = Span(text, tokens, i + 1);
        if (ModifierLookup.Contains(first) && HeadLookup.Contains(second))
        {
            end = i + 2;
            return true;
        }

        if (first.Equals("day", StringComparison.OrdinalIgnoreCase) && IsDayNumber(second, words[i + 1])
            && (i + 2 >= sentenceEnd || !HeadLookup.Contains(Span(text, tokens, i + 2))))
        {
            end = i + 2;
            return true;
        }

        return false;
    }

    private static bool IsDayNumber(ReadOnlySpan<char> text, TimeWord word)
    {
        if (word.Is(TimeWordClass.Number))
        {
            return word.Value is >= 1 and <= 99;
        }

        return text.Length is 1 or 2 && !text.ContainsAnyExceptInRange('0', '9') && text is not "0";
    }

    /// <summary>The phrase at [start, coreEnd) with the date it stands in apposition to, if any.</summary>
    private static EventDayPhrase Date(string text, TokenData[] tokens, ReadOnlySpan<TimeWord> words, List<TimeExpression> expressions, TokenRange sentence, int start, int coreEnd)
    {
        // Before it: "<date> [night], [the] PHRASE [of the ...] ,|."
        var p = start - 1;
        if (p >= sentence.Start && Is(text, tokens, p, "the"))
        {
            p--;
        }

        if (p > sentence.Start && Is(text, tokens, p, ","))
        {
            var q = p - 1;
            if (words[q].Is(TimeWordClass.PartOfDay))
            {
                q--;
            }

            var end = TailEnd(text, tokens, coreEnd, sentence.End);
            if (end > 0 && DayEndingAt(expressions, q) is { } before)
            {
                return new EventDayPhrase(start, end, Key(text, tokens, start, coreEnd), before);
            }
        }

        // After it, opening its clause: "PHRASE, <date>".
        var opensClause = start == sentence.Start || IsPunctuation(text, tokens, start - 1)
            || (start - 1 == sentence.Start && Is(text, tokens, start - 1, "the"));
        if (opensClause && coreEnd + 1 < sentence.End && Is(text, tokens, coreEnd, ",") && DayStartingAt(expressions, coreEnd + 1) is { } after)
        {
            return new EventDayPhrase(start, coreEnd, Key(text, tokens, start, coreEnd), after);
        }

        return new EventDayPhrase(start, coreEnd, Key(text, tokens, start, coreEnd), null);
    }

    /// <summary>Where an appositive ends: right after the core, or after an "of ..." tail, at a comma or the sentence end; 0 if it runs on.</summary>
    private static int TailEnd(string text, TokenData[] tokens, int coreEnd, int sentenceEnd)
    {
        if (coreEnd >= sentenceEnd || IsPunctuation(text, tokens, coreEnd))
        {
            return coreEnd;
        }

        if (!Is(text, tokens, coreEnd, "of"))
        {
            return 0;
        }

        for (var k = coreEnd + 1; k < sentenceEnd && k <= coreEnd + LongestTail; k++)
        {
            if (IsPunctuation(text, tokens, k))
            {
                return k;
            }
        }

        return 0;
    }

    private static string? DayEndingAt(List<TimeExpression> expressions, int token)
    {
        foreach (var expression in expressions)
        {
            if (expression.Tokens.End - 1 == token && IsDay(expression))
            {
                return expression.Value;
            }
        }

        return null;
    }

    private static string? DayStartingAt(List<TimeExpression> expressions, int token)
    {
        foreach (var expression in expressions)
        {
            if (expression.Tokens.Start == token && IsDay(expression))
            {
                return expression.Value;
            }
        }

        return null;
    }

    private static bool IsDay(TimeExpression expression) =>
        expression.Kind == TimeExpressionKind.Date && expression.Value is { Length: 10 };

    /// <summary>The date of the nearest earlier phrase with the same words that an apposition dated, else the first later one.</summary>
    private static string? Corefer(List<EventDayPhrase> phrases, int index)
    {
        var key = phrases[index].Key;
        for (var p = index - 1; p >= 0; p--)
        {
            if (phrases[p].Value is { } earlier && phrases[p].Key == key)
            {
                return earlier;
            }
        }

        for (var p = index + 1; p < phrases.Count; p++)
        {
            if (phrases[p].Value is { } later && phrases[p].Key == key)
            {
                return later;
            }
        }

        return null;
    }

    private static bool Covered(List<TimeExpression> expressions, int start, int end)
    {
        foreach (var expression in expressions)
        {
            if (expression.Tokens.Start < end && start < expression.Tokens.End)
            {
                return true;
            }
        }

        return false;
    }

    private static string Key(string text, TokenData[] tokens, int start, int end) =>
        string.Join(' ', Enumerable.Range(start, end - start).Select(i => Text(text, tokens, i).ToLowerInvariant()));

    private static string Text(string text, TokenData[] tokens, int i) => text[tokens[i].Start..tokens[i].End];

    private static ReadOnlySpan<char> Span(string text, TokenData[] tokens, int i) => text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start);

    private static bool Is(string text, TokenData[] tokens, int i, string word) =>
        text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsPunctuation(string text, TokenData[] tokens, int i) =>
        tokens[i].End - tokens[i].Start == 1 && char.IsPunctuation(text[tokens[i].Start]);
}
