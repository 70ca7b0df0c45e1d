using System.Globalization;

namespace Chronicle.Time;

/// <summary>
/// Places recognised expressions on the calendar: against the publication date for deictic ones ("yesterday",
/// "last month"), against the last date the story named for anaphoric ones ("a week later"), with the clause's
/// tense choosing between the previous and the next weekday or year. One instance per document, used in text order.
/// </summary>
internal sealed class TimexResolver
{
    private readonly DateOnly? _published;
    private DateOnly _anchor;
    private DateGranularity _anchorGranularity;

    // Where the anchor came from: a date with its year written out, and in which paragraph. A yearless date in the
    // same paragraph as "In 1831, ..." belongs to that year, not to the publication year (narrative dating).
    private bool _anchorHasWrittenYear;
    private int _anchorParagraph = -1;

    // The last yearless month resolved by inference, as year * 12 + month, and its sentence.
    private int _listSentence = -1;
    private int _listMonth;

    public TimexResolver(DateOnly? published) => _published = published;

    /// <summary>True when the value depends on the tense of the clause, so the caller should work it out.</summary>
    public static bool NeedsTense(in TimexMeaning meaning) => meaning.Form switch
    {
        TimexForm.Weekday => !meaning.Anchored && meaning.Direction is TemporalDirection.ByTense or TemporalDirection.Current,
        TimexForm.Calendar => meaning.Year == 0 && meaning.Direction == TemporalDirection.ByTense,
        _ => false,
    };

    /// <summary>The article-record value (date, month, year or null) and the TIMEX3 value of one expression.</summary>
    /// <param name="paragraph">The paragraph the expression is in; a written year dates later yearless dates of its paragraph.</param>
    /// <param name="attributive">A year that modifies a noun ("the 1965 Voting Rights Act"): it names a thing, not the time of the story, so it dates no later yearless date.</param>
    /// <param name="sentence">The sentence the expression is in; yearless months listed in one sentence keep their order.</param>
    public (string? Value, string? Timex3) Resolve(in TimexMeaning meaning, Tense tense, int paragraph = -1, bool attributive = false, int sentence = -1)
    {
        var (value, timex3, granularity, date) = meaning.Form switch
        {
            TimexForm.Calendar => ResolveCalendar(meaning, tense, paragraph, sentence),
            TimexForm.Weekday => ResolveWeekday(meaning, tense),
            TimexForm.PublicationOffset => _published is { } published
                ? ResolveOffset(meaning, published, DateGranularity.Day)
                : default,
            TimexForm.AnchorOffset => _anchorGranularity != DateGranularity.None
                ? ResolveOffset(meaning, _anchor, _anchorGranularity)
                : default,
            _ => (null, meaning.Pattern, DateGranularity.None, default),
        };
        if (granularity != DateGranularity.None)
        {
            _anchor = date;
            _anchorGranularity = granularity;
            _anchorHasWrittenYear = meaning.Form == TimexForm.Calendar && meaning.Year != 0 && !attributive;
            _anchorParagraph = paragraph;
        }

        return (value, timex3);
    }

    private (string?, string?, DateGranularity, DateOnly) ResolveCalendar(in TimexMeaning meaning, Tense tense, int paragraph, int sentence)
    {
        var year = meaning.Year;
        if (meaning.Holiday != Holiday.None)
        {
            return ResolveHoliday(meaning, tense);
        }

        // Not in a clause that looks ahead: "In 1873 ... I will be there in March" is next March, not 1873's; nor in a plan
        // told in the past ("was due to stand down in August"), which news mostly tells of the present.
        if (year == 0 && meaning.Direction == TemporalDirection.ByTense && tense is not (Tense.Future or Tense.FutureInPast) && _anchorHasWrittenYear && paragraph >= 0
            && _anchorParagraph == paragraph && _published is { } reference && _anchor.Year != reference.Year
            && !NearPublication(meaning, reference, tense))
        {
            year = _anchorGranularity == DateGranularity.Year ? _anchor.Year : InferYear(meaning, _anchor, Tense.Unknown);
        }

        if (year == 0)
        {
            if (_published is not { } published)
            {
                var pattern = meaning.Day > 0
                    ? Invariant($"XXXX-{meaning.Month:00}-{meaning.Day:00}")
                    : Invariant($"XXXX-{meaning.Month:00}");
                return (null, pattern, DateGranularity.None, default);
            }

            year = InferYear(meaning, published, tense);
            year = KeepListOrder(meaning, tense, sentence, year);
        }

        if (year is < 1 or > 9999)
        {
            return default;
        }

        if (meaning.Month == 0)
        {
            if (meaning.YearPart > 0)
            {
                return (null, YearPartPattern(year, meaning.YearPart), DateGranularity.None, default);
            }

            return meaning.Edge switch
            {
                PeriodEdge.End => Day(new DateOnly(year, 12, 31)),
                PeriodEdge.Start => Day(new DateOnly(year, 1, 1)),
                _ => Year(year),
            };
        }

        if (meaning.Month is < 1 or > 12)
        {
            return default;
        }

        if (meaning.Day == 0)
        {
            return meaning.Edge switch
            {
                PeriodEdge.End => Day(new DateOnly(year, meaning.Month, DateTime.DaysInMonth(year, meaning.Month))),
                PeriodEdge.Start => Day(new DateOnly(year, meaning.Month, 1)),
                _ => Month(year, meaning.Month),
            };
        }

        // "31 February" is recognised as an expression but has no value.
        return meaning.Day <= DateTime.DaysInMonth(year, meaning.Month)
            ? Day(new DateOnly(year, meaning.Month, meaning.Day))
            : default;
    }

    private (string?, string?, DateGranularity, DateOnly) ResolveHoliday(in TimexMeaning meaning, Tense tense)
    {
        var year = meaning.Year;
        if (year == 0)
        {
            if (_published is not { } published)
            {
                return default;
            }

            var (month, day) = Holidays.Typical(meaning.Holiday);
            year = InferYear(meaning with { Month = month, Day = day }, published, tense);
        }

        return year is >= 1 and <= 9999 ? Day(Holidays.DateIn(meaning.Holiday, year)) : default;
    }

    /// <summary>
    /// True when the publication-year reading of a yearless day falls within <see cref="NearDays"/> days of
    /// publication: news dates recent events ("a convention launched in 1997 ... over three days, May 24 to 26"),
    /// so that reading beats an older year written earlier in the paragraph.
    /// </summary>
    /// <summary>
    /// "Mexico in January, Magi-Fest in February, ..., and the FFFF in April": yearless months listed in one sentence
    /// without a past tense run forward, so one that would fall before the month listed just before it is next year's.
    /// </summary>
    private int KeepListOrder(in TimexMeaning meaning, Tense tense, int sentence, int year)
    {
        if (sentence < 0 || meaning.Direction != TemporalDirection.ByTense || meaning.Month is < 1 or > 12 || tense is Tense.Past or Tense.Present)
        {
            return year;
        }

        var key = (year * 12) + meaning.Month;
        if (_listSentence == sentence && key < _listMonth && key + 12 >= _listMonth)
        {
            year++;
            key += 12;
        }

        _listSentence = sentence;
        _listMonth = key;
        return year;
    }

    private static bool NearPublication(in TimexMeaning meaning, DateOnly published, Tense tense)
    {
        if (meaning.Month is < 1 or > 12 || meaning.Day == 0)
        {
            return false;
        }

        var year = InferYear(meaning, published, tense);
        if (year is < 1 or > 9999)
        {
            return false;
        }

        var day = Math.Min(meaning.Day, DateTime.DaysInMonth(year, meaning.Month));
        return Math.Abs(new DateOnly(year, meaning.Month, day).DayNumber - published.DayNumber) <= NearDays;
    }

    // Two weeks: the span a news story's own events fall in. A month alone is too coarse to tell.
    private const int NearDays = 14;

    /// <summary>
    /// The year of a yearless month or date. "last March" and "next March" are strict; otherwise the tense decides:
    /// past → not after publication, future → not long before it, no tense → the nearest one (within six months).
    /// </summary>
    private static int InferYear(in TimexMeaning meaning, DateOnly published, Tense tense)
    {
        var year = published.Year;
        int distance;
        if (meaning.Day == 0)
        {
            distance = meaning.Month - published.Month;
        }
        else
        {
            var day = Math.Min(meaning.Day, DateTime.DaysInMonth(year, meaning.Month));
            distance = new DateOnly(year, meaning.Month, day).DayNumber - published.DayNumber;
        }

        var halfYear = meaning.Day == 0 ? 6 : 183;
        return meaning.Direction switch
        {
            TemporalDirection.Previous => distance < 0 ? year : year - 1,
            TemporalDirection.Next => distance > 0 ? year : year + 1,
            TemporalDirection.Current => year,
            _ => tense switch
            {
                // Past: a later month is last year's. A date up to a month after publication is more likely a
                // misread tense ("barred ... pending a hearing March 23") than a date of last year.
                Tense.Past => distance > (meaning.Day == 0 ? 0 : 31) ? year - 1 : year,
                // Future: a range may start a little before publication ("is to run from May 9").
                Tense.Future => distance < (meaning.Day == 0 ? 0 : -31) ? year + 1 : year,
                _ => distance > halfYear ? year - 1 : distance < -halfYear ? year + 1 : year,
            },
        };
    }

    private (string?, string?, DateGranularity, DateOnly) ResolveWeekday(in TimexMeaning meaning, Tense tense)
    {
        DateOnly reference;
        if (meaning.Anchored && _anchorGranularity == DateGranularity.Day)
        {
            reference = _anchor;
        }
        else if (_published is { } published)
        {
            reference = published;
        }
        else
        {
            return (null, Invariant($"XXXX-WXX-{meaning.Weekday}"), DateGranularity.None, default);
        }

        var referenceDay = ((int)reference.DayOfWeek + 6) % 7 + 1;
        var forward = (meaning.Weekday - referenceDay + 7) % 7;
        var back = (referenceDay - meaning.Weekday + 7) % 7;
        var shift = meaning.Direction switch
        {
            TemporalDirection.Previous => back == 0 ? -7 : -back,
            TemporalDirection.Next => forward == 0 ? 7 : forward,
            // "this Friday" looks ahead unless the clause is in the past.
            TemporalDirection.Current => tense == Tense.Past ? -back : forward,
            // News reports what happened: without a future cue, a weekday is the latest one on or before the
            // reference, so "on Tuesday" in a Tuesday article is that day, in either tense.
            _ => tense == Tense.Future ? forward : -back,
        };
        return TryAddDays(reference, shift, out var date) ? Day(date) : default;
    }

    private static (string?, string?, DateGranularity, DateOnly) ResolveOffset(in TimexMeaning meaning, DateOnly reference, DateGranularity precision)
    {
        var offset = meaning.Offset;
        switch (meaning.Unit)
        {
            case TimeUnit.Day when precision == DateGranularity.Day:
                return TryAddDays(reference, offset, out var day) ? Day(day) : default;
            case TimeUnit.Week or TimeUnit.Weekend when precision == DateGranularity.Day:
                if (!TryAddDays(reference, offset * 7, out var inWeek))
                {
                    return default;
                }

                var week = inWeek.ToDateTime(TimeOnly.MinValue);
                var pattern = Invariant($"{ISOWeek.GetYear(week):0000}-W{ISOWeek.GetWeekOfYear(week):00}");
                return (null, meaning.Unit == TimeUnit.Weekend ? pattern + "-WE" : pattern, DateGranularity.None, default);
            case TimeUnit.Month when precision >= DateGranularity.Month:
                var months = (reference.Year * 12L) + reference.Month - 1 + offset;
                var year = (int)Math.Floor(months / 12.0);
                var month = (int)(months - (year * 12L)) + 1;
                if (year is < 1 or > 9999)
                {
                    return default;
                }

                return meaning.Edge switch
                {
                    PeriodEdge.End => Day(new DateOnly(year, month, DateTime.DaysInMonth(year, month))),
                    PeriodEdge.Start => Day(new DateOnly(year, month, 1)),
                    _ => Month(year, month),
                };
            case TimeUnit.Quarter when precision >= DateGranularity.Month:
                var quarters = (reference.Year * 4L) + ((reference.Month - 1) / 3) + offset;
                var quarterYear = (int)Math.Floor(quarters / 4.0);
                var quarter = (int)(quarters - (quarterYear * 4L)) + 1;
                return quarterYear is >= 1 and <= 9999
                    ? (null, YearPartPattern(quarterYear, 4 + quarter), DateGranularity.None, default)
                    : default;
            case TimeUnit.Year when precision >= DateGranularity.Year:
                var target = (long)reference.Year + offset;
                if (target is < 1 or > 9999)
                {
                    return default;
                }

                var y = (int)target;
                if (meaning.Month is >= 1 and <= 12)
                {
                    // "August last year", "September 20 of this year".
                    if (meaning.Day == 0)
                    {
                        return Month(y, meaning.Month);
                    }

                    return meaning.Day <= DateTime.DaysInMonth(y, meaning.Month) ? Day(new DateOnly(y, meaning.Month, meaning.Day)) : default;
                }

                if (meaning.YearPart > 0)
                {
                    return (null, YearPartPattern(y, meaning.YearPart), DateGranularity.None, default);
                }

                return meaning.Edge switch
                {
                    PeriodEdge.End => Day(new DateOnly(y, 12, 31)),
                    PeriodEdge.Start => Day(new DateOnly(y, 1, 1)),
                    _ => Year(y),
                };
            case TimeUnit.Decade:
                return (null, Invariant($"{(reference.Year / 10) + offset:000}"), DateGranularity.None, default);
            case TimeUnit.Century:
                return (null, Invariant($"{(reference.Year / 100) + offset:00}"), DateGranularity.None, default);
            default:
                return default;
        }
    }

    private static bool TryAddDays(DateOnly date, long days, out DateOnly result)
    {
        var number = date.DayNumber + days;
        if (number < DateOnly.MinValue.DayNumber || number > DateOnly.MaxValue.DayNumber)
        {
            result = default;
            return false;
        }

        result = DateOnly.FromDayNumber((int)number);
        return true;
    }

    private static string YearPartPattern(int year, int part) =>
        part <= 4 ? Invariant($"{year:0000}-{CountedPhrases.SeasonCode(part)}") : Invariant($"{year:0000}-Q{part - 4}");

    private static (string?, string?, DateGranularity, DateOnly) Day(DateOnly date)
    {
        var value = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (value, value, DateGranularity.Day, date);
    }

    private static (string?, string?, DateGranularity, DateOnly) Month(int year, int month)
    {
        var value = Invariant($"{year:0000}-{month:00}");
        return (value, value, DateGranularity.Month, new DateOnly(year, month, 1));
    }

    private static (string?, string?, DateGranularity, DateOnly) Year(int year)
    {
        var value = Invariant($"{year:0000}");
        return (value, value, DateGranularity.Year, new DateOnly(year, 1, 1));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
