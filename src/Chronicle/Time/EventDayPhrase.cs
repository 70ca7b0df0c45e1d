namespace Chronicle.Time;

/// <summary>An event-day phrase ("the opening night") at tokens [Start, End), its words in lower case, and the date an apposition gives it.</summary>
internal readonly record struct EventDayPhrase(int Start, int End, string Key, string? Value);
