using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>An occurrence of an event-lexicon entry: the tokens it spans (gaps included) and its head token.</summary>
public readonly record struct LexiconMatch(EventLexiconEntry Entry, TokenRange Tokens, int Head);
