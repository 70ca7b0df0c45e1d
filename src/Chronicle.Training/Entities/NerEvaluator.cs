using Chronicle.Documents;
using Chronicle.Entities;

namespace Chronicle.Training.Entities;

/// <summary>Scores a model against gold-tagged documents, mention by mention.</summary>
public static class NerEvaluator
{
    /// <param name="errors">When given, receives one line per gold or predicted mention that does not match exactly (for error analysis).</param>
    public static NerScores Evaluate(NerModel model, IEnumerable<NerExample> examples, TextWriter? errors = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var scores = new NerScores();
        foreach (var example in examples)
        {
            var document = example.Document;
            var predictedTags = new ushort[example.Tags.Length];
            var gold = new List<EntityMention>();
            var predicted = new List<EntityMention>();
            var evidence = model.Evidence(document);
            foreach (var sentence in document.Sentences)
            {
                var range = sentence.Tokens;
                var tags = predictedTags.AsSpan(range.Start, range.Length);
                model.Predict(document, range, tags, evidence);
                BilouSpans.Collect(document, range.Start, tags, predicted);
                BilouSpans.Collect(document, range.Start, example.Tags.AsSpan(range.Start, range.Length), gold);
            }

            scores.Add(gold, predicted);
            if (errors is not null)
            {
                WriteErrors(errors, example, gold, predicted);
            }
        }

        return scores;
    }

    private static void WriteErrors(TextWriter errors, NerExample example, List<EntityMention> gold, List<EntityMention> predicted)
    {
        var document = example.Document;
        var goldSet = gold.Select(m => (m.Tokens, m.Type)).ToHashSet();
        var predictedSet = predicted.Select(m => (m.Tokens, m.Type)).ToHashSet();
        foreach (var m in gold.Where(m => !predictedSet.Contains((m.Tokens, m.Type))))
        {
            var overlapping = predicted.Where(p => p.Tokens.Start < m.Tokens.End && m.Tokens.Start < p.Tokens.End).Select(p => $"{Text(document, p.Tokens)}/{p.Type}");
            errors.WriteLine($"{example.DocumentId}\tmissed\t{Text(document, m.Tokens)}\t{m.Type}\t{string.Join(" | ", overlapping)}\t{Context(document, m.Tokens)}");
        }

        foreach (var m in predicted.Where(m => !goldSet.Contains((m.Tokens, m.Type))))
        {
            var overlapping = gold.Any(g => g.Tokens.Start < m.Tokens.End && m.Tokens.Start < g.Tokens.End);
            if (!overlapping)
            {
                errors.WriteLine($"{example.DocumentId}\tspurious\t{Text(document, m.Tokens)}\t{m.Type}\t\t{Context(document, m.Tokens)}");
            }
        }
    }

    private static string Text(Document document, TokenRange range) =>
        document.Text[document.Tokens[range.Start].Start..document.Tokens[range.End - 1].End];

    private static string Context(Document document, TokenRange range)
    {
        var start = document.Tokens[Math.Max(0, range.Start - 5)].Start;
        var end = document.Tokens[Math.Min(document.Tokens.Length, range.End + 5) - 1].End;
        return document.Text[start..end].ReplaceLineEndings(" ");
    }
}
