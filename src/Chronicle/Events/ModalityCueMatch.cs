using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>An occurrence of a modality cue in a sentence: the tokens it spans (gaps included) and its first token.</summary>
public readonly record struct ModalityCueMatch(ModalityCue Cue, TokenRange Tokens, int Head);
