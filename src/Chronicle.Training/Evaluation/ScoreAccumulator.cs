namespace Chronicle.Training.Evaluation;

/// <summary>
/// The scorer's running totals and message lists. Counts behave like Python's <c>defaultdict(int)</c>: reading a
/// missing count creates it at 0, so the set and order of counts reported equal score.py's.
/// </summary>
internal sealed class ScoreAccumulator
{
    /// <summary>The message lists, in score.py's order.</summary>
    public static readonly IReadOnlyList<string> ListNames =
        ["ent_missed", "ent_spurious", "quote_missed", "quote_wrong_speaker", "ev_missed", "ev_spurious", "ev_modality_list"];

    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly Dictionary<string, List<string>> _lists = ListNames.ToDictionary(n => n, _ => new List<string>(), StringComparer.Ordinal);

    public int this[string key]
    {
        get
        {
            if (_counts.TryGetValue(key, out var value))
            {
                return value;
            }

            _counts[key] = 0;
            _order.Add(key);
            return 0;
        }
    }

    /// <summary>The counts in the order score.py first touched them.</summary>
    public IEnumerable<KeyValuePair<string, int>> Counts => _order.Select(k => new KeyValuePair<string, int>(k, _counts[k]));

    public void Add(string key, int amount)
    {
        var current = this[key];
        _counts[key] = current + amount;
    }

    /// <summary>
    /// Direct quotes found whose gold speaker is a plain name, and how many of those got the right speaker: the
    /// issue's "attribution on named speakers". Kept apart from <see cref="Counts"/>, which must stay score.py's.
    /// </summary>
    public (int Scored, int Right) NamedSpeakerAttribution { get; private set; }

    public void AddNamedSpeaker(bool right) =>
        NamedSpeakerAttribution = (NamedSpeakerAttribution.Scored + 1, NamedSpeakerAttribution.Right + (right ? 1 : 0));

    public void Note(string list, string message) => _lists[list].Add(message);

    public IReadOnlyList<string> List(string name) => _lists[name];
}
