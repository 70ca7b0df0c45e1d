using BenchmarkDotNet.Attributes;
using Chronicle.Actors;

namespace Chronicle.Benchmarks;

/// <summary>
/// The actor knowledge base: loading it from the embedded TSV files (target under 200 ms, issue 5) and the
/// per-mention lookups, which should allocate nothing.
/// </summary>
[MemoryDiagnoser]
public class ActorKnowledgeBaseBenchmarks
{
    private static readonly string[] _mentions =
    [
        "Putin", "the Kremlin", "U.S.", "Washington", "Xi Jinping", "Russian", "ICC's", "Zelenskiy", "Beijing",
        "the White House", "Chinese", "Ukraine", "Blinken", "People's Liberation Army", "Moscow", "Unknownname",
    ];

    private static readonly DateOnly _published = new(2023, 3, 21);

    private ActorKnowledgeBase _kb = null!;

    // Not for LoadEmbedded, so that a cold-start run of it pays the first load's JIT and resource reads.
    [GlobalSetup(Targets = [nameof(LookupSixteenMentions), nameof(ResolveSixteenPeopleAtADate)])]
    public void Setup() => _kb = ActorKnowledgeBase.LoadEmbedded();

    [Benchmark]
    public int LoadEmbedded() => ActorKnowledgeBase.LoadEmbedded().People.Count;

    /// <summary>Sixteen mention lookups, as entity resolution does per mention.</summary>
    [Benchmark]
    public int LookupSixteenMentions()
    {
        var found = 0;
        foreach (var mention in _mentions)
        {
            found += _kb.Lookup(mention).Length;
        }

        return found;
    }

    [Benchmark]
    public int ResolveSixteenPeopleAtADate()
    {
        var found = 0;
        foreach (var mention in _mentions)
        {
            if (_kb.TryResolvePerson(mention, _published, out _))
            {
                found++;
            }
        }

        return found;
    }
}
