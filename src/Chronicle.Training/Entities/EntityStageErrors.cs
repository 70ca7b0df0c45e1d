using Chronicle.Documents;
using Chronicle.Entities;

namespace Chronicle.Training.Entities;

/// <summary>
/// Writes, for error analysis of the entity stage, one TSV line per mention where the recogniser or the stage is
/// wrong: <c>fixed</c> (gold the stage gets and the recogniser did not), <c>broken</c> (the reverse),
/// <c>missed</c> (neither), <c>added</c> / <c>removed</c> / <c>spurious</c> (a wrong prediction of the stage only,
/// of the recogniser only, of both). Columns: document, kind, text, class, the recogniser's and the stage's
/// mentions overlapping it, context.
/// </summary>
public static class EntityStageErrors
{
    public const string Header = "document\tkind\ttext\tclass\trecogniser\tstage\tcontext";

    /// <param name="wholeNames">Compare with the gold read as whole names (<see cref="GumNameConvention.WholeNames"/>) instead of GUM's convention.</param>
    public static void Write(TextWriter output, EntityStageComparison comparison, bool wholeNames = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(comparison);
        var gold = Keys(wholeNames ? comparison.WholeNameGold : comparison.Gold);
        var recogniser = Keys(comparison.Recogniser);
        var stage = Keys(comparison.Stage);
        foreach (var key in gold)
        {
            var (inRecogniser, inStage) = (recogniser.Contains(key), stage.Contains(key));
            if (!inRecogniser || !inStage)
            {
                Line(output, comparison, inStage ? "fixed" : inRecogniser ? "broken" : "missed", key);
            }
        }

        foreach (var key in recogniser.Union(stage).Where(k => !gold.Contains(k)).Distinct().OrderBy(k => k.Tokens.Start))
        {
            var (inRecogniser, inStage) = (recogniser.Contains(key), stage.Contains(key));
            Line(output, comparison, inRecogniser && inStage ? "spurious" : inStage ? "added" : "removed", key);
        }
    }

    private static HashSet<(TokenRange Tokens, MentionClass Class)> Keys(IEnumerable<EntityMention> mentions) =>
        mentions.Select(m => (m.Tokens, MentionScores.ClassOf(m.Type))).ToHashSet();

    private static void Line(TextWriter output, EntityStageComparison comparison, string kind, (TokenRange Tokens, MentionClass Class) key)
    {
        var document = comparison.Document;
        output.WriteLine(string.Join('\t',
            comparison.DocumentId,
            kind,
            Text(document, key.Tokens),
            EntityStageReport.Label(key.Class),
            Overlapping(document, comparison.Recogniser, key.Tokens),
            Overlapping(document, comparison.Stage, key.Tokens),
            Context(document, key.Tokens)));
    }

    private static string Overlapping(Document document, IEnumerable<EntityMention> mentions, TokenRange range) =>
        string.Join(" | ", mentions.Where(m => m.Tokens.Start < range.End && range.Start < m.Tokens.End).Select(m => $"{Text(document, m.Tokens)}/{m.Type}"));

    private static string Text(Document document, TokenRange range) =>
        document.TextOf(document.CharRange(range)).ToString().ReplaceLineEndings(" ");

    private static string Context(Document document, TokenRange range)
    {
        var start = document.Tokens[Math.Max(0, range.Start - 6)].Start;
        var end = document.Tokens[Math.Min(document.Tokens.Length, range.End + 6) - 1].End;
        return document.Text[start..end].ReplaceLineEndings(" ").Replace('\t', ' ');
    }
}
