using System.Text;
using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Training.Conllu;

namespace Chronicle.Training.Entities;

/// <summary>
/// Builds NER examples from GUM CoNLL-U files: one <see cref="Document"/> per GUM document, its text rebuilt
/// from the word forms (with <c>SpaceAfter=No</c> honoured), one sentence per CoNLL-U sentence, and gold BILOU
/// tags from <see cref="GumNamedMentions"/>.
/// </summary>
public static class GumNerReader
{
    /// <exception cref="FormatException">The file is not valid CoNLL-U; the message names it.</exception>
    public static NerExample Read(string path)
    {
        try
        {
            return Read(Path.GetFileNameWithoutExtension(path), ConlluReader.Read(path));
        }
        catch (FormatException ex)
        {
            throw new FormatException($"{path}: {ex.Message}", ex);
        }
    }

    public static NerExample Read(string documentId, IEnumerable<ConlluSentence> sentences)
    {
        var text = new StringBuilder();
        var tokens = new List<TokenData>();
        var ranges = new List<Sentence>();
        var tags = new List<ushort>();
        foreach (var sentence in sentences)
        {
            var first = tokens.Count;
            var words = sentence.Words;
            for (var i = 0; i < words.Count; i++)
            {
                var word = words[i];
                var start = text.Length;
                text.Append(word.Form);
                tokens.Add(new TokenData(start, text.Length));
                if (!NoSpaceAfter(sentence, word))
                {
                    text.Append(' ');
                }
            }

            var sentenceTags = new ushort[words.Count];
            foreach (var span in GumNamedMentions.Read(sentence))
            {
                BilouSpans.Encode(span.Type!.Value, sentenceTags.AsSpan(span.Start, span.End - span.Start));
            }

            tags.AddRange(sentenceTags);
            ranges.Add(new Sentence(new TokenRange(first, tokens.Count), 0));
            if (text.Length > 0 && text[^1] != ' ')
            {
                text.Append(' ');
            }
        }

        var document = new Document(text.ToString(), new ArticleMetadata(documentId))
        {
            Tokens = [.. tokens],
            Sentences = ranges,
        };
        return new NerExample(documentId, document, [.. tags]);
    }

    internal static bool NoSpaceAfter(ConlluSentence sentence, ConlluWord word)
    {
        foreach (var multiword in sentence.Multiwords)
        {
            if (word.Id >= multiword.First && word.Id <= multiword.Last)
            {
                // Words inside a contraction ("Warhol's") touch; the last takes the contraction's spacing.
                return word.Id < multiword.Last || multiword.Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);
            }
        }

        return word.Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);
    }
}
