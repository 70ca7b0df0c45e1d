using Chronicle.Documents;
using Chronicle.Segmentation;

namespace Chronicle.Events;

/// <summary>
/// A lexicon phrase compiled for matching: its words (lemmas), where a gap of modifiers may stand
/// (<c>~</c> in the files: "hold ~ talks" matches "held informal talks"), the word that heads it and the
/// parts of speech that head may have once a tagger has run.
/// </summary>
internal sealed class PhrasePattern
{
    /// <summary>The most tokens one <c>~</c> may stand for ("issued an international arrest warrant").</summary>
    public const int MaxGap = 3;

    // Stateless: splits each phrase word the way documents are split.
    private static readonly Tokenizer s_tokenizer = new();

    private PhrasePattern(string[] words, bool[] gapBefore)
    {
        Words = words;
        GapBefore = gapBefore;
    }

    public string[] Words { get; }

    /// <summary>GapBefore[i]: a gap of up to <see cref="MaxGap"/> tokens may precede word i.</summary>
    public bool[] GapBefore { get; }

    public int Length => Words.Length;

    /// <summary>Index in <see cref="Words"/> of the word the part-of-speech check applies to.</summary>
    public int Head { get; private init; }

    /// <summary>Bit set of <see cref="UniversalPos"/> values the head may have when tagged; 0 = any.</summary>
    public uint HeadPos { get; private init; }

    /// <summary>The phrase in its canonical written form ("hold ~ talks").</summary>
    public string Text => string.Join(' ', Words.Select((w, i) => GapBefore[i] ? "~ " + w : w));

    /// <summary>
    /// Parses a phrase: words separated by spaces, lower case, with <c>~</c> between two words where modifiers may
    /// intervene. Returns null and a problem description when the phrase is malformed.
    /// </summary>
    public static PhrasePattern? TryParse(string phrase, bool headIsLast, uint headPos, out string? problem)
    {
        var parts = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = new List<string>(parts.Length);
        var gaps = new List<bool>(parts.Length);
        var pendingGap = false;
        foreach (var part in parts)
        {
            if (part == "~")
            {
                if (words.Count == 0 || pendingGap)
                {
                    problem = $"the phrase '{phrase}' has a '~' that is not between two words";
                    return null;
                }

                pendingGap = true;
                continue;
            }

            if (part.Any(c => char.IsUpper(c) || char.IsWhiteSpace(c) || c == '~'))
            {
                problem = $"the phrase '{phrase}' has the word '{part}': words are lower-case lemmas";
                return null;
            }

            // The segmenter splits "pull-out" and "didn’t" into several tokens; the phrase must be split alike.
            var pieces = new List<TokenData>();
            s_tokenizer.Tokenize(part, 0, part.Length, pieces);
            for (var i = 0; i < pieces.Count; i++)
            {
                words.Add(part[pieces[i].Start..pieces[i].End]);
                gaps.Add(i == 0 && pendingGap);
            }

            pendingGap = false;
        }

        if (words.Count == 0 || pendingGap)
        {
            problem = words.Count == 0 ? "the phrase is empty" : $"the phrase '{phrase}' ends with '~'";
            return null;
        }

        problem = null;
        return new PhrasePattern([.. words], [.. gaps])
        {
            Head = headIsLast ? LastContentWord(words) : 0,
            HeadPos = headPos,
        };
    }

    // The head of an event noun is its last open-class word: "call for" is headed by "call", "state of emergency" by "emergency".
    private static int LastContentWord(List<string> words)
    {
        for (var i = words.Count - 1; i > 0; i--)
        {
            if (!EnglishInflection.IsClosedClass(words[i]))
            {
                return i;
            }
        }

        return 0;
    }

    public static uint PosBit(UniversalPos pos) => 1u << (int)pos;

    public bool AllowsHeadPos(UniversalPos pos) => HeadPos == 0 || pos == UniversalPos.None || (HeadPos & PosBit(pos)) != 0;
}
