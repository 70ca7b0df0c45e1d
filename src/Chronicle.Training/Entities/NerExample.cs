using Chronicle.Documents;

namespace Chronicle.Training.Entities;

/// <summary>One annotated document for NER training or evaluation: its tokens and sentences, and the gold BILOU tag of every token.</summary>
public sealed record NerExample(string DocumentId, Document Document, ushort[] Tags);
