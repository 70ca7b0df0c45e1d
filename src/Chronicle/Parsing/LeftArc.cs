using Chronicle.Documents;

namespace Chronicle.Parsing;

/// <summary>Attaches the stack top to the buffer front (possibly the root) and pops it.</summary>
public sealed class LeftArc : ITransition
{
    public static readonly LeftArc Instance = new();

    private LeftArc()
    {
    }

    public int Id => 1;

    public string Name => "left";

    // Only the last stack word may attach to the root, so every sentence gets exactly one root.
    public bool IsValid(ParseState state) => state.StackCount > 0 && (state.Buffer < state.Length || state.StackCount == 1);

    public (int Dependent, int Head) Arc(ParseState state) => (state.Stack(0), state.Buffer);

    public void Apply(ParseState state, DependencyLabel label) => state.AttachTop(state.Buffer, label);

    public int Cost(ParseState state, ReadOnlySpan<int> gold)
    {
        var s0 = state.Stack(0);
        var s1 = state.Stack(1);
        var b0 = state.Buffer;
        var cost = 0;
        // s0's dependents still in the buffer are lost (the root has no head, so it is not counted).
        for (var word = b0; word < state.Length; word++)
        {
            if (gold[word] == s0)
            {
                cost++;
            }
        }

        var head = gold[s0];
        if (head != b0 && (head == s1 || head > b0))
        {
            cost++;
        }

        return cost;
    }
}
