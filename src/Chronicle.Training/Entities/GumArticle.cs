using Chronicle.Documents;
using Chronicle.Entities;

namespace Chronicle.Training.Entities;

/// <summary>One GUM document laid out as an article (<see cref="GumArticleReader"/>) with its gold named mentions.</summary>
/// <param name="Gold">The named mentions under GUM's convention, as the recogniser is trained and scored (<see cref="GumNameConvention.Gum"/>).</param>
/// <param name="WholeNameGold">The same mentions as whole names (<see cref="GumNameConvention.WholeNames"/>).</param>
public sealed record GumArticle(string DocumentId, Document Document, IReadOnlyList<EntityMention> Gold, IReadOnlyList<EntityMention> WholeNameGold);
