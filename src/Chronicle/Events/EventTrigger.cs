namespace Chronicle.Events;

/// <summary>A lexicon match in a sentence with the modality its cues give it: the coder's starting point for one event.</summary>
public readonly record struct EventTrigger(LexiconMatch Match, ModalityAssessment Modality);
