using System.Text;
using Chronicle.Documents;
using Chronicle.Pipeline;

namespace Chronicle.Training.Evaluation;

/// <summary>
/// Runs a segmenter over UD documents rebuilt as raw text and scores token spans and sentence boundaries
/// against the treebank (exact character spans; boundaries as sentence end offsets).
/// </summary>
public sealed class SegmentationEvaluator(IPipe segmenter, int maxErrors = 0)
{
    private const int Context = 30;

    public SegmentationScores Evaluate(string corpus, IEnumerable<UdDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var tokenErrors = new List<string>();
        var sentenceErrors = new List<string>();
        PrfCounts tokens = default, boundaries = default, inner = default;
        var count = 0;
        long characters = 0;
        foreach (var gold in documents)
        {
            if (gold.IsMasked)
            {
                continue;
            }

            count++;
            characters += gold.Text.Length;
            var document = new Document(gold.Text, new ArticleMetadata(gold.Id), gold.Paragraphs);
            segmenter.Process(document);
            tokens += CompareTokens(gold, document, tokenErrors);
            var (all, within) = CompareSentences(gold, document, sentenceErrors);
            boundaries += all;
            inner += within;
        }

        return new SegmentationScores(corpus, count, characters, tokens, boundaries, inner, [.. tokenErrors, .. sentenceErrors]);
    }

    private PrfCounts CompareTokens(UdDocument gold, Document document, List<string> errors)
    {
        var goldSet = new HashSet<TextRange>(gold.Tokens);
        var predicted = new HashSet<TextRange>(document.Tokens.Length);
        foreach (var token in document.Tokens)
        {
            predicted.Add(new TextRange(token.Start, token.End));
        }

        var truePositives = 0;
        foreach (var span in predicted)
        {
            if (goldSet.Contains(span))
            {
                truePositives++;
            }
        }

        if (errors.Count < maxErrors)
        {
            foreach (var span in gold.Tokens)
            {
                if (!predicted.Contains(span) && errors.Count < maxErrors)
                {
                    var pred = document.Tokens.Where(t => t.End > span.Start && t.Start < span.End).Select(t => new TextRange(t.Start, t.End));
                    errors.Add($"token {gold.Id}: gold [{Show(gold.Text, [span])}] predicted [{Show(gold.Text, pred)}] in \"{Around(gold.Text, span.Start, span.End)}\"");
                }
            }
        }

        return new PrfCounts(truePositives, goldSet.Count, predicted.Count);
    }

    private (PrfCounts All, PrfCounts Inner) CompareSentences(UdDocument gold, Document document, List<string> errors)
    {
        var paragraphEnds = new HashSet<int>(gold.Paragraphs.Select(p => p.End));
        var goldEnds = new HashSet<int>(gold.SentenceEnds);
        var predicted = new HashSet<int>(document.Sentences.Select(s => document.Tokens[s.Tokens.End - 1].End));
        var truePositives = predicted.Count(goldEnds.Contains);
        var innerGold = goldEnds.Count(e => !paragraphEnds.Contains(e));
        var innerPredicted = predicted.Count(e => !paragraphEnds.Contains(e));
        var innerTruePositives = predicted.Count(e => goldEnds.Contains(e) && !paragraphEnds.Contains(e));
        if (errors.Count < maxErrors)
        {
            foreach (var end in goldEnds.Where(e => !predicted.Contains(e)).Order().Take(maxErrors - errors.Count))
            {
                errors.Add($"missed boundary {gold.Id}: \"{Around(gold.Text, end, end)}\"");
            }

            foreach (var end in predicted.Where(e => !goldEnds.Contains(e)).Order().Take(Math.Max(0, maxErrors - errors.Count)))
            {
                errors.Add($"spurious boundary {gold.Id}: \"{Around(gold.Text, end, end)}\"");
            }
        }

        return (new PrfCounts(truePositives, goldEnds.Count, predicted.Count), new PrfCounts(innerTruePositives, innerGold, innerPredicted));
    }

    private static string Show(string text, IEnumerable<TextRange> spans) =>
        string.Join(" ", spans.Select(s => text[s.Start..s.End]));

    private static string Around(string text, int start, int end)
    {
        var from = Math.Max(0, start - Context);
        var to = Math.Min(text.Length, end + Context);
        var builder = new StringBuilder();
        builder.Append(text.AsSpan(from, start - from)).Append('⟦').Append(text.AsSpan(start, end - start)).Append('⟧').Append(text.AsSpan(end, to - end));
        return builder.Replace('\n', '¶').ToString();
    }
}
