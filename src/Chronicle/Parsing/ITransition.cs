namespace Chronicle.Parsing;

/// <summary>One arc-hybrid transition. Implementations are stateless singletons.</summary>
public interface ITransition
{
    /// <summary>The class index of the transition in the parser's transition model.</summary>
    int Id { get; }

    string Name { get; }

    bool IsValid(ParseState state);

    /// <summary>The dependent and head of the arc this transition adds, or (-1, -1).</summary>
    (int Dependent, int Head) Arc(ParseState state);

    /// <summary>Applies the transition; <paramref name="label"/> labels the arc it adds, if any.</summary>
    void Apply(ParseState state, Documents.DependencyLabel label);

    /// <summary>
    /// Dynamic-oracle cost (Goldberg &amp; Nivre 2013): how many gold arcs become unreachable if this transition
    /// is taken now. <paramref name="gold"/> holds gold heads with the root as <see cref="ParseState.Root"/>;
    /// exact for projective gold trees.
    /// </summary>
    int Cost(ParseState state, ReadOnlySpan<int> gold);
}
