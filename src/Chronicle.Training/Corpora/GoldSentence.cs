using Chronicle.Documents;
using Chronicle.Training.Conllu;

namespace Chronicle.Training.Corpora;

/// <summary>
/// One treebank sentence over its syntactic words (gold tokenisation): forms, tags, lemmas and the tree,
/// with heads 0-based (-1 = root).
/// </summary>
public sealed record GoldSentence(
    string Source,
    string[] Words,
    string[] Xpos,
    UniversalPos[] Upos,
    string[] Lemmas,
    int[] Heads,
    DependencyLabel[] Labels)
{
    public int Length => Words.Length;

    public static GoldSentence FromConllu(ConlluSentence sentence, string source)
    {
        var words = sentence.Words;
        var n = words.Count;
        var upos = new UniversalPos[n];
        for (var i = 0; i < n; i++)
        {
            upos[i] = Enum.TryParse<UniversalPos>(words[i].Upos, out var parsed) ? parsed : UniversalPos.X;
        }

        return new GoldSentence(
            source,
            [.. words.Select(w => w.Form)],
            [.. words.Select(w => w.Xpos == "_" ? w.Upos : w.Xpos)],
            upos,
            [.. words.Select(w => w.Lemma)],
            [.. words.Select(w => w.Head - 1)],
            [.. words.Select(w => DependencyLabels.Parse(w.Deprel))]);
    }

    /// <summary>A one-sentence document of the words joined by spaces, as the runtime pipeline would see it.</summary>
    public Document ToDocument()
    {
        var text = string.Join(' ', Words);
        var tokens = new TokenData[Words.Length];
        var offset = 0;
        for (var i = 0; i < Words.Length; i++)
        {
            tokens[i] = new TokenData(offset, offset + Words[i].Length);
            offset += Words[i].Length + 1;
        }

        return new Document(text, new ArticleMetadata(Source))
        {
            Tokens = tokens,
            Sentences = Words.Length == 0 ? [] : [new Sentence(new TokenRange(0, Words.Length), 0)],
        };
    }
}
