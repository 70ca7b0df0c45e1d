using System.Text;
using Chronicle.Documents;
using Chronicle.Parsing;

namespace Chronicle.Training.Parsing;

/// <summary>
/// Scores parsed sentences (<see cref="RelabelExamples.Parse"/>) with their arc-time labels and with a relabeller's,
/// over all words (punctuation included), and reports the labels of the correctly attached words before and after.
/// </summary>
public sealed record RelabelEvaluation(double Uas, double ArcLas, double Las, int Tokens, int Changed, int Fixed, int Broken)
{
    /// <param name="relabeller">Null: the arc-time labels only (<see cref="Las"/> equals <see cref="ArcLas"/>).</param>
    public static RelabelEvaluation Evaluate(IReadOnlyList<RelabelExample> sentences, DependencyRelabeller? relabeller, Dictionary<(DependencyLabel Gold, DependencyLabel Before, DependencyLabel After), int>? confusion = null)
    {
        long uas = 0, arcLas = 0, las = 0, total = 0, changed = 0, fixedCount = 0, broken = 0;
        foreach (var sentence in sentences)
        {
            var n = sentence.Length;
            var labels = (DependencyLabel[])sentence.ArcLabels.Clone();
            relabeller?.Relabel(sentence.Heads, labels, sentence.Words, sentence.Tags, sentence.Classes, sentence.Upos, sentence.Lemmas, sentence.Alternatives);
            for (var i = 0; i < n; i++)
            {
                total++;
                changed += labels[i] != sentence.ArcLabels[i] ? 1 : 0;
                if (sentence.Heads[i] != sentence.GoldHeads[i])
                {
                    continue;
                }

                uas++;
                var gold = sentence.GoldLabels[i];
                var before = sentence.ArcLabels[i] == gold;
                var after = labels[i] == gold;
                arcLas += before ? 1 : 0;
                las += after ? 1 : 0;
                fixedCount += !before && after ? 1 : 0;
                broken += before && !after ? 1 : 0;
                if (confusion is not null)
                {
                    var key = (gold, sentence.ArcLabels[i], labels[i]);
                    confusion[key] = confusion.GetValueOrDefault(key) + 1;
                }
            }
        }

        return total == 0
            ? new RelabelEvaluation(0, 0, 0, 0, 0, 0, 0)
            : new RelabelEvaluation((double)uas / total, (double)arcLas / total, (double)las / total, (int)total, (int)changed, (int)fixedCount, (int)broken);
    }

    /// <summary>
    /// Per gold label (the <paramref name="top"/> most frequent among the correctly attached words): count, label
    /// accuracy before and after, and the most frequent wrong label before and after.
    /// </summary>
    public static string ConfusionReport(Dictionary<(DependencyLabel Gold, DependencyLabel Before, DependencyLabel After), int> confusion, int top)
    {
        var text = new StringBuilder();
        text.AppendLine("| gold label | words | arc-time correct | relabelled correct | top error before | top error after |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var group in confusion.GroupBy(c => c.Key.Gold).OrderByDescending(g => g.Sum(c => c.Value)).Take(top))
        {
            var words = group.Sum(c => c.Value);
            var before = group.Where(c => c.Key.Before == group.Key).Sum(c => c.Value);
            var after = group.Where(c => c.Key.After == group.Key).Sum(c => c.Value);
            var errorBefore = group.Where(c => c.Key.Before != group.Key).GroupBy(c => c.Key.Before).Select(g => (Label: g.Key, Count: g.Sum(c => c.Value)))
                .OrderByDescending(e => e.Count).FirstOrDefault();
            var errorAfter = group.Where(c => c.Key.After != group.Key).GroupBy(c => c.Key.After).Select(g => (Label: g.Key, Count: g.Sum(c => c.Value)))
                .OrderByDescending(e => e.Count).FirstOrDefault();
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture,
                $"| {DependencyLabels.ToUd(group.Key)} | {words} | {(double)before / words:P1} | {(double)after / words:P1} | {Describe(errorBefore)} | {Describe(errorAfter)} |");
        }

        return text.ToString();
    }

    /// <summary>
    /// Per margin bucket of the parser's arc-time label (<see cref="DependencyParser.Alternative"/>): the share of the
    /// words, and among the correctly attached ones the arc-time and relabelled label accuracy.
    /// </summary>
    public static string MarginReport(IReadOnlyList<RelabelExample> sentences, DependencyRelabeller relabeller)
    {
        var words = new int[8];
        var attached = new int[8];
        var before = new int[8];
        var after = new int[8];
        var total = 0;
        foreach (var sentence in sentences)
        {
            var labels = (DependencyLabel[])sentence.ArcLabels.Clone();
            relabeller.Relabel(sentence.Heads, labels, sentence.Words, sentence.Tags, sentence.Classes, sentence.Upos, sentence.Lemmas, sentence.Alternatives);
            for (var i = 0; i < sentence.Length; i++)
            {
                var bucket = sentence.Heads[i] < 0 ? 7 : sentence.Alternatives[i] >> 8;
                words[bucket]++;
                total++;
                if (sentence.Heads[i] == sentence.GoldHeads[i])
                {
                    attached[bucket]++;
                    before[bucket] += sentence.ArcLabels[i] == sentence.GoldLabels[i] ? 1 : 0;
                    after[bucket] += labels[i] == sentence.GoldLabels[i] ? 1 : 0;
                }
            }
        }

        var text = new StringBuilder();
        text.AppendLine("| margin bucket | words | share | correctly attached | arc-time label correct | relabelled correct |");
        text.AppendLine("|---|---|---|---|---|---|");
        for (var b = 0; b < 8; b++)
        {
            if (words[b] > 0)
            {
                text.AppendLine(System.Globalization.CultureInfo.InvariantCulture,
                    $"| {(b == 7 ? "root" : b.ToString(System.Globalization.CultureInfo.InvariantCulture))} | {words[b]} | {(double)words[b] / total:P1} | {attached[b]} | {before[b]} | {after[b]} |");
            }
        }

        return text.ToString();
    }

    private static string Describe((DependencyLabel Label, int Count) error) => error.Count == 0 ? "—" : $"{DependencyLabels.ToUd(error.Label)} ({error.Count})";

    public override string ToString() =>
        $"UAS {Uas:P2}  LAS arc-time {ArcLas:P2} → relabelled {Las:P2}  ({Tokens:N0} tokens; {Changed:N0} labels changed: {Fixed:N0} fixed, {Broken:N0} broken)";
}
