using System.Text;
using Chronicle.Documents;
using Chronicle.Training.Conllu;

namespace Chronicle.Training.Evaluation;

/// <summary>
/// Rebuilds the raw text of UD documents from CoNLL-U: surface tokens (multiword-token lines, not their words) spaced as
/// <c>SpaceAfter=No</c> says, sentences of a paragraph joined by a space, paragraphs by a blank line.
/// </summary>
/// <remarks>
/// Gold token convention: where UD splits a surface token into syntactic words that spell it exactly
/// ("don't" → "do" + "n't", "Putin's" → "Putin" + "'s", "cannot" → "can" + "not"), the words are the gold tokens,
/// because those are the units the tagger and parser need; where the words do not spell the surface
/// ("its" → "it" + "s" with a corrected form), the surface token is the gold token.
/// </remarks>
public static class UdDocumentReader
{
    public static IReadOnlyList<UdDocument> Read(string path)
    {
        var documents = new List<UdDocument>();
        var builder = new DocumentBuilder(Path.GetFileNameWithoutExtension(path));
        foreach (var sentence in ConlluReader.Read(path))
        {
            foreach (var comment in sentence.Comments)
            {
                if (comment.StartsWith("# newdoc", StringComparison.Ordinal))
                {
                    builder.Flush(documents);
                    var id = comment.IndexOf('=') is var eq and > 0 ? comment[(eq + 1)..].Trim() : $"doc{documents.Count + 1}";
                    builder = new DocumentBuilder(id);
                }
                else if (comment == "# newpar" || comment.StartsWith("# newpar ", StringComparison.Ordinal))
                {
                    builder.StartParagraph();
                }
            }

            builder.Add(sentence);
        }

        builder.Flush(documents);
        return documents;
    }

    private sealed class DocumentBuilder(string id)
    {
        private readonly StringBuilder _text = new();
        private readonly List<TextRange> _paragraphs = [];
        private readonly List<TextRange> _tokens = [];
        private readonly List<int> _sentenceEnds = [];
        private int _paragraphStart = -1;
        private bool _spaceAfterLast = true;

        public void StartParagraph()
        {
            CloseParagraph();
            if (_text.Length > 0)
            {
                _text.Append("\n\n");
            }

            _paragraphStart = _text.Length;
        }

        public void Add(ConlluSentence sentence)
        {
            if (_paragraphStart < 0)
            {
                StartParagraph();
            }
            else if (_text.Length > _paragraphStart && _spaceAfterLast)
            {
                _text.Append(' ');
            }

            var words = sentence.Words;
            var w = 0;
            var spaceAfter = true;
            while (w < words.Count)
            {
                if (w > 0 && spaceAfter)
                {
                    _text.Append(' ');
                }

                var word = words[w];
                var multiword = FindMultiword(sentence, word.Id);
                var start = _text.Length;
                if (multiword is null)
                {
                    _text.Append(word.Form);
                    _tokens.Add(new TextRange(start, _text.Length));
                    spaceAfter = !HasNoSpaceAfter(word.Misc);
                    w++;
                    continue;
                }

                _text.Append(multiword.Form);
                var parts = words.Skip(w).TakeWhile(x => x.Id <= multiword.Last).Select(x => x.Form).ToList();
                if (string.Concat(parts) == multiword.Form)
                {
                    var offset = start;
                    foreach (var part in parts)
                    {
                        _tokens.Add(new TextRange(offset, offset + part.Length));
                        offset += part.Length;
                    }
                }
                else
                {
                    _tokens.Add(new TextRange(start, _text.Length));
                }

                spaceAfter = !HasNoSpaceAfter(multiword.Misc);
                w += parts.Count;
            }

            _spaceAfterLast = spaceAfter;
            _sentenceEnds.Add(_text.Length);
        }

        public void Flush(List<UdDocument> documents)
        {
            CloseParagraph();
            if (_tokens.Count > 0)
            {
                documents.Add(new UdDocument(id, _text.ToString(), [.. _paragraphs], [.. _tokens], [.. _sentenceEnds]));
            }
        }

        private void CloseParagraph()
        {
            if (_paragraphStart >= 0 && _text.Length > _paragraphStart)
            {
                _paragraphs.Add(new TextRange(_paragraphStart, _text.Length));
            }

            _paragraphStart = -1;
            _spaceAfterLast = true;
        }

        private static ConlluMultiword? FindMultiword(ConlluSentence sentence, int wordId)
        {
            foreach (var multiword in sentence.Multiwords)
            {
                if (multiword.First == wordId)
                {
                    return multiword;
                }
            }

            return null;
        }

        private static bool HasNoSpaceAfter(string misc) => misc.Contains("SpaceAfter=No", StringComparison.Ordinal);
    }
}
