using System.Globalization;
using Chronicle.Documents;
using Chronicle.Time;

namespace Chronicle.Events;

/// <summary>
/// Dates an event from the time expression attached to its trigger's clause ("met … on Monday", "Monday's
/// talks"): the expression's head must hang, through nominal modifiers, on the trigger or on the verb an event
/// noun belongs to, not on another predicate. A participle without its own date shares its governing verb's
/// ("issued a warrant on Friday accusing him"). Only expressions that resolved to a full day give a date; the
/// publication date is used only when an expression says so ("today" resolves to it). Otherwise null.
/// </summary>
internal static class EventDater
{
    private const int MaxDepth = 16;

    public static DateOnly? Date(ParseView view, int triggerHead, int clause, IReadOnlyList<TimeExpression> expressions)
    {
        if (expressions.Count == 0)
        {
            return null;
        }

        if (!view.IsParsed)
        {
            return NearestInSentence(view, triggerHead, expressions);
        }

        var date = Attached(view, triggerHead, clause, expressions);
        if (date is null && view.Label(clause) is DependencyLabel.Advcl or DependencyLabel.Acl or DependencyLabel.Conj
            && !view.HasChild(clause, DependencyLabel.Nsubj) && !view.HasChild(clause, DependencyLabel.Aux))
        {
            var governor = view.Head(clause);
            var governorClause = governor >= 0 ? ArgumentFinder.ClauseOf(view, governor) : -1;
            if (governorClause >= 0)
            {
                date = Attached(view, governor, governorClause, expressions);
            }
        }

        return date;
    }

    private static DateOnly? Attached(ParseView view, int triggerHead, int clause, IReadOnlyList<TimeExpression> expressions)
    {
        var document = view.Document;
        var sentenceStart = document.Tokens[view.Sentence.Start].Start;
        var sentenceEnd = document.Tokens[view.Sentence.End - 1].End;
        foreach (var expression in expressions)
        {
            if (expression.Characters.Start < sentenceStart || expression.Characters.End > sentenceEnd || ParseDay(expression.Value) is not { } day)
            {
                continue;
            }

            var first = document.TokenIndexAtOrAfter(expression.Characters.Start);
            var last = first;
            while (last + 1 < view.Sentence.End && document.Tokens[last + 1].Start < expression.Characters.End)
            {
                last++;
            }

            // The expression's own head: its token whose head lies outside it.
            var head = first;
            for (var t = first; t <= last; t++)
            {
                var h = view.Head(t);
                if (h < first || h > last)
                {
                    head = t;
                    break;
                }
            }

            var anchor = view.Head(head);
            for (var depth = 0; depth < MaxDepth && anchor >= 0; depth++)
            {
                if (anchor == triggerHead || anchor == clause)
                {
                    return day;
                }

                if (view.Pos(anchor) is UniversalPos.VERB || view.Label(anchor) is DependencyLabel.Ccomp or DependencyLabel.Advcl or DependencyLabel.Xcomp or DependencyLabel.AclRelcl or DependencyLabel.Acl)
                {
                    break;
                }

                anchor = view.Head(anchor);
            }
        }

        return null;
    }

    /// <summary>Without a parse: the closest full-day expression in the sentence.</summary>
    private static DateOnly? NearestInSentence(ParseView view, int triggerHead, IReadOnlyList<TimeExpression> expressions)
    {
        var document = view.Document;
        var sentenceStart = document.Tokens[view.Sentence.Start].Start;
        var sentenceEnd = document.Tokens[view.Sentence.End - 1].End;
        var position = document.Tokens[triggerHead].Start;
        DateOnly? best = null;
        var bestDistance = int.MaxValue;
        foreach (var expression in expressions)
        {
            if (expression.Characters.Start >= sentenceStart && expression.Characters.End <= sentenceEnd && ParseDay(expression.Value) is { } day)
            {
                var distance = Math.Abs(expression.Characters.Start - position);
                if (distance < bestDistance)
                {
                    best = day;
                    bestDistance = distance;
                }
            }
        }

        return best;
    }

    private static DateOnly? ParseDay(string? value) =>
        value is { Length: 10 } && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
