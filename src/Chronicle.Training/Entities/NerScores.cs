using System.Globalization;
using Chronicle.Entities;

namespace Chronicle.Training.Entities;

/// <summary>Entity-level exact-match counts (same tokens, same type) per type.</summary>
public sealed class NerScores
{
    private readonly int[] _truePositives = new int[Enum.GetValues<EntityType>().Length];
    private readonly int[] _falsePositives = new int[Enum.GetValues<EntityType>().Length];
    private readonly int[] _falseNegatives = new int[Enum.GetValues<EntityType>().Length];

    public void Add(IReadOnlyCollection<EntityMention> gold, IReadOnlyCollection<EntityMention> predicted)
    {
        var goldSet = gold.Select(m => (m.Tokens, m.Type)).ToHashSet();
        var predictedSet = predicted.Select(m => (m.Tokens, m.Type)).ToHashSet();
        foreach (var mention in predictedSet)
        {
            if (goldSet.Contains(mention))
            {
                _truePositives[(int)mention.Type]++;
            }
            else
            {
                _falsePositives[(int)mention.Type]++;
            }
        }

        foreach (var mention in goldSet.Where(m => !predictedSet.Contains(m)))
        {
            _falseNegatives[(int)mention.Type]++;
        }
    }

    public int Gold(EntityType type) => _truePositives[(int)type] + _falseNegatives[(int)type];

    public double Precision(EntityType? type = null) => Ratio(Sum(_truePositives, type), Sum(_truePositives, type) + Sum(_falsePositives, type));

    public double Recall(EntityType? type = null) => Ratio(Sum(_truePositives, type), Sum(_truePositives, type) + Sum(_falseNegatives, type));

    /// <summary>F1 of one type, or micro-averaged over all types when <paramref name="type"/> is null.</summary>
    public double F1(EntityType? type = null)
    {
        var p = Precision(type);
        var r = Recall(type);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>The types that occur in gold or predictions.</summary>
    public IEnumerable<EntityType> Types =>
        Enum.GetValues<EntityType>().Where(t => _truePositives[(int)t] + _falsePositives[(int)t] + _falseNegatives[(int)t] > 0);

    /// <summary>Figures for meta.json: overall and per-type F1, precision, recall and gold counts.</summary>
    public IReadOnlyDictionary<string, double> ToDictionary()
    {
        var figures = new SortedDictionary<string, double>(StringComparer.Ordinal)
        {
            ["f1"] = Math.Round(F1(), 4),
            ["precision"] = Math.Round(Precision(), 4),
            ["recall"] = Math.Round(Recall(), 4),
        };
        foreach (var type in Types)
        {
            var name = type.ToString().ToLowerInvariant();
            figures[name + "_f1"] = Math.Round(F1(type), 4);
            figures[name + "_precision"] = Math.Round(Precision(type), 4);
            figures[name + "_recall"] = Math.Round(Recall(type), 4);
            figures[name + "_gold"] = Gold(type);
        }

        return figures;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"F1 {F1():0.0000} (P {Precision():0.0000} R {Recall():0.0000}); ")
        + string.Join(", ", Types.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t} {F1(t):0.0000} (n={Gold(t)})")));

    private static int Sum(int[] counts, EntityType? type) => type is { } t ? counts[(int)t] : counts.Sum();

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
