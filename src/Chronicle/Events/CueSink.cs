using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>
/// Collects modality cue matches. Before a tagger runs, a POS-restricted cue is skipped when its first word is
/// capitalised inside the sentence: "in May", "Will Smith" are names, not modals.
/// </summary>
internal readonly struct CueSink(ModalityCue[] cues, PhraseMatcher matcher, Document document, TokenRange sentence, List<ModalityCueMatch> matches) : IPhraseSink
{
    public void Add(int pattern, int start, int end, int head)
    {
        var token = document.Tokens[start];
        if (matcher[pattern].HeadPos != 0 && token.Pos == UniversalPos.None && start > sentence.Start && char.IsUpper(document.Text[token.Start]))
        {
            return;
        }

        matches.Add(new ModalityCueMatch(cues[pattern], new TokenRange(start, end), head));
    }
}
