using System.Text.RegularExpressions;

namespace Chronicle.Training.Extraction;

/// <summary>
/// Scores main-content extraction the way the public article-extraction benchmarks do: both texts are cut into
/// word tokens (<c>\w+</c>), then into overlapping 4-token shingles counted as multisets; precision and recall are
/// computed per page and averaged over pages, and F1 is taken from the two averages.
/// </summary>
public static partial class BodyOverlap
{
    public const int ShingleSize = 4;

    public static ShingleScore Score(string expected, string extracted)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(extracted);
        var truth = Shingles(expected);
        var predicted = Shingles(extracted);
        int truePositives = 0, falsePositives = 0;
        foreach (var (shingle, count) in predicted)
        {
            var matched = Math.Min(count, truth.GetValueOrDefault(shingle));
            truePositives += matched;
            falsePositives += count - matched;
        }

        var falseNegatives = truth.Sum(t => Math.Max(0, t.Value - predicted.GetValueOrDefault(t.Key)));
        return new ShingleScore(truePositives, falsePositives, falseNegatives);
    }

    /// <summary>Precision and recall averaged over pages, and the F1 of those averages.</summary>
    public static (double Precision, double Recall, double F1) Average(IReadOnlyCollection<ShingleScore> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        if (pages.Count == 0)
        {
            return (0, 0, 0);
        }

        var precision = pages.Average(p => p.Precision);
        var recall = pages.Average(p => p.Recall);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    /// <summary>4-token shingles with their counts; a text shorter than four tokens is one shingle of all of them.</summary>
    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Word().Matches(text).Select(m => m.Value).ToArray();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Length == 0)
        {
            return shingles;
        }

        for (var i = 0; i < Math.Max(1, tokens.Length - ShingleSize + 1); i++)
        {
            var shingle = string.Join(' ', tokens, i, Math.Min(ShingleSize, tokens.Length - i));
            shingles[shingle] = shingles.GetValueOrDefault(shingle) + 1;
        }

        return shingles;
    }

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
