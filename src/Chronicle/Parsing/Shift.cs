using Chronicle.Documents;

namespace Chronicle.Parsing;

/// <summary>Moves the buffer front onto the stack.</summary>
public sealed class Shift : ITransition
{
    public static readonly Shift Instance = new();

    private Shift()
    {
    }

    public int Id => 0;

    public string Name => "shift";

    public bool IsValid(ParseState state) => state.Buffer < state.Length;

    public (int Dependent, int Head) Arc(ParseState state) => (-1, -1);

    public void Apply(ParseState state, DependencyLabel label) => state.Push();

    public int Cost(ParseState state, ReadOnlySpan<int> gold)
    {
        // Once b0 is pushed, stack words can no longer take it as head or dependent, except the top, which may still
        // become b0's head through a right arc.
        var b0 = state.Buffer;
        var top = state.Stack(0);
        var cost = 0;
        for (var i = 0; i < state.StackCount; i++)
        {
            var word = state.Stack(i);
            if (gold[word] == b0 || (word != top && gold[b0] == word))
            {
                cost++;
            }
        }

        return cost;
    }
}
