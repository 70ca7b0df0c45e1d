namespace Chronicle.Documents;

/// <summary>A sentence: its tokens and the paragraph it belongs to.</summary>
public readonly record struct Sentence(TokenRange Tokens, int Paragraph);
