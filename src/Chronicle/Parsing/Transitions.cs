namespace Chronicle.Parsing;

/// <summary>The arc-hybrid transition system, indexed by <see cref="ITransition.Id"/>.</summary>
public static class Transitions
{
    public static readonly IReadOnlyList<ITransition> All = [Shift.Instance, LeftArc.Instance, RightArc.Instance];

    public static int Count => All.Count;
}
