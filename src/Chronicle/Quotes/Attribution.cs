namespace Chronicle.Quotes;

/// <summary>A cue with the speaker found for it, at a token position, kept so later bare quotes can continue it.</summary>
internal readonly record struct Attribution(int Position, int Paragraph, Cue Cue, SpeakerSlot Speaker);
