namespace Chronicle.Entities;

/// <summary>
/// What <see cref="EntityResolver"/> built and from what: the entities of the article record, every mention it
/// gathered, and for each mention the index of its entity (-1 when its cluster was dropped as no entity).
/// </summary>
internal sealed record ResolutionTrace(IReadOnlyList<ResolvedEntity> Entities, IReadOnlyList<ResolverMention> Mentions, IReadOnlyList<int> EntityOfMention);
