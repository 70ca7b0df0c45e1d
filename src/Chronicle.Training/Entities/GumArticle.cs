using Chronicle.Documents;
using Chronicle.Entities;

namespace Chronicle.Training.Entities;

/// <summary>One GUM document laid out as an article (<see cref="GumArticleReader"/>) with its gold named mentions.</summary>
public sealed record GumArticle(string DocumentId, Document Document, IReadOnlyList<EntityMention> Gold);
