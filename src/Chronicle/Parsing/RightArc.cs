using Chronicle.Documents;

namespace Chronicle.Parsing;

/// <summary>Attaches the stack top to the word below it and pops it.</summary>
public sealed class RightArc : ITransition
{
    public static readonly RightArc Instance = new();

    private RightArc()
    {
    }

    public int Id => 2;

    public string Name => "right";

    public bool IsValid(ParseState state) => state.StackCount > 1;

    public (int Dependent, int Head) Arc(ParseState state) => (state.Stack(0), state.Stack(1));

    public void Apply(ParseState state, DependencyLabel label) => state.AttachTop(state.Stack(1), label);

    public int Cost(ParseState state, ReadOnlySpan<int> gold)
    {
        var s0 = state.Stack(0);
        var s1 = state.Stack(1);
        var b0 = state.Buffer;
        var cost = 0;
        for (var word = b0; word < state.Length; word++)
        {
            if (gold[word] == s0)
            {
                cost++;
            }
        }

        var head = gold[s0];
        if (head != s1 && head >= b0)
        {
            cost++;
        }

        return cost;
    }
}
