using System.Collections.Immutable;

namespace Chronicle.Parsing;

/// <summary>The arc-hybrid transition system, indexed by <see cref="ITransition.Id"/>.</summary>
public static class Transitions
{
    // An ImmutableArray is enumerated without allocating, which matters: the parser loops over it at every state.
    public static readonly ImmutableArray<ITransition> All = [Shift.Instance, LeftArc.Instance, RightArc.Instance];

    public static int Count => All.Length;
}
