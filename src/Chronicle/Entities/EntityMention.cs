using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>One named mention as the recogniser found it, before mentions are clustered into entities.</summary>
public sealed record EntityMention(TokenRange Tokens, TextRange Characters, EntityType Type);
