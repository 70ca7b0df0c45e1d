using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>
/// Turns <see cref="PhraseMatcher"/> hits into <see cref="LexiconMatch"/> values. Before a tagger runs, an event
/// noun is not matched on a verb form ("banned" is the verb ban, "according" is not the noun accord), since
/// inflections are generated per word, not per part of speech; -ing nouns ("fighting") are entries of their own.
/// </summary>
internal readonly struct LexiconMatchSink(EventLexiconEntry[] entries, PhraseMatcher matcher, Document document, List<LexiconMatch> matches) : IPhraseSink
{
    public void Add(int pattern, int start, int end, int head)
    {
        var entry = entries[pattern];
        if (entry.Kind == TriggerKind.Noun && document.Tokens[head].Pos == UniversalPos.None)
        {
            var text = document.TextOf(head);
            var word = matcher[pattern].Words[matcher[pattern].Head];
            if ((text.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ed", StringComparison.Ordinal))
                || (text.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ing", StringComparison.Ordinal)))
            {
                return;
            }
        }

        matches.Add(new LexiconMatch(entry, new TokenRange(start, end), head));
    }
}
