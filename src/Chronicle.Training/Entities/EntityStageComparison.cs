using Chronicle.Documents;
using Chronicle.Entities;

namespace Chronicle.Training.Entities;

/// <summary>One GUM document read by the pipeline: its gold named mentions, the recogniser's and the entity stage's.</summary>
/// <param name="WholeNameGold">The gold named mentions as whole names (<see cref="GumNameConvention.WholeNames"/>).</param>
/// <param name="NestedSetAside">Names of the stage inside a longer name of the stage, not scored (<see cref="EntityStageMentions"/>).</param>
public sealed record EntityStageComparison(
    string DocumentId,
    Document Document,
    IReadOnlyList<EntityMention> Gold,
    IReadOnlyList<EntityMention> WholeNameGold,
    IReadOnlyList<EntityMention> Recogniser,
    IReadOnlyList<EntityMention> Stage,
    int NestedSetAside);
