using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Training.Evaluation;

namespace Chronicle.Training.Entities;

/// <summary>
/// Entity-level exact-match counts of named mentions: a prediction is right when it covers exactly the tokens of a
/// gold mention and its type falls in the same <see cref="MentionClass"/>; a partial overlap is both a false positive
/// and a false negative. Also counts, for each place type of the predictions (GPE, LOC, FAC), how many were
/// predicted and how many of those matched a gold place: gold has no GPE/LOC split, so those types have a
/// precision and a share of the gold places, not an F1 of their own.
/// </summary>
public sealed class MentionScores
{
    private readonly int[] _truePositives = new int[Enum.GetValues<MentionClass>().Length];
    private readonly int[] _gold = new int[Enum.GetValues<MentionClass>().Length];
    private readonly int[] _predicted = new int[Enum.GetValues<MentionClass>().Length];
    private readonly int[] _typePredicted = new int[Enum.GetValues<EntityType>().Length];
    private readonly int[] _typeMatched = new int[Enum.GetValues<EntityType>().Length];

    public static MentionClass ClassOf(EntityType type) => type switch
    {
        EntityType.PERSON => MentionClass.Person,
        EntityType.ORG => MentionClass.Org,
        EntityType.GPE or EntityType.LOC or EntityType.FAC => MentionClass.Place,
        EntityType.NORP => MentionClass.Norp,
        EntityType.EVENT => MentionClass.Event,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not an entity type"),
    };

    /// <summary>Adds one document's gold and predicted mentions (duplicates of the same tokens and class count once).</summary>
    public void Add(IEnumerable<EntityMention> gold, IEnumerable<EntityMention> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldSet = gold.Select(m => (m.Tokens, ClassOf(m.Type))).ToHashSet();
        var predictedSet = new HashSet<(TokenRange, MentionClass)>();
        foreach (var mention in predicted)
        {
            var key = (mention.Tokens, ClassOf(mention.Type));
            if (!predictedSet.Add(key))
            {
                continue;
            }

            _predicted[(int)key.Item2]++;
            _typePredicted[(int)mention.Type]++;
            if (goldSet.Contains(key))
            {
                _truePositives[(int)key.Item2]++;
                _typeMatched[(int)mention.Type]++;
            }
        }

        foreach (var (_, mentionClass) in goldSet)
        {
            _gold[(int)mentionClass]++;
        }
    }

    /// <summary>Adds another tally to this one.</summary>
    public void Add(MentionScores other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var i = 0; i < _gold.Length; i++)
        {
            _truePositives[i] += other._truePositives[i];
            _gold[i] += other._gold[i];
            _predicted[i] += other._predicted[i];
        }

        for (var i = 0; i < _typePredicted.Length; i++)
        {
            _typePredicted[i] += other._typePredicted[i];
            _typeMatched[i] += other._typeMatched[i];
        }
    }

    /// <summary>The counts of one class, or micro-averaged over all classes when <paramref name="mentionClass"/> is null.</summary>
    public PrfCounts Counts(MentionClass? mentionClass = null) => mentionClass is { } c
        ? new PrfCounts(_truePositives[(int)c], _gold[(int)c], _predicted[(int)c])
        : new PrfCounts(_truePositives.Sum(), _gold.Sum(), _predicted.Sum());

    /// <summary>How many mentions of a place type were predicted, and how many of them matched a gold place.</summary>
    public (int Predicted, int Matched) PlaceType(EntityType type) => ClassOf(type) == MentionClass.Place
        ? (_typePredicted[(int)type], _typeMatched[(int)type])
        : throw new ArgumentOutOfRangeException(nameof(type), type, "not a place type");
}
