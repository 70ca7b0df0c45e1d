using System.Globalization;
using System.Text;
using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Training.Conllu;

namespace Chronicle.Training.Entities;

/// <summary>
/// Builds a GUM document as the pipeline would see the article, on GUM's own tokens and sentences so that predicted
/// and gold spans compare token for token: words joined as <c>SpaceAfter=No</c> says, sentences by a space,
/// paragraphs (<c># newpar</c>) by a blank line as in an article body, with the document's title and creation date
/// (<c># meta::title</c>, <c># meta::dateCreated</c>) as its metadata (the date office holders are looked up at).
/// The gold named mentions are those the recogniser is trained and scored on (<see cref="GumNamedMentions"/>), and the
/// same read as whole names (<see cref="GumNameConvention.WholeNames"/>).
/// </summary>
public static class GumArticleReader
{
    private const string ParagraphBreak = "\n\n";

    /// <exception cref="FormatException">The file is not valid CoNLL-U; the message names it.</exception>
    public static GumArticle Read(string path)
    {
        try
        {
            return Read(Path.GetFileNameWithoutExtension(path), ConlluReader.Read(path).ToList());
        }
        catch (FormatException ex)
        {
            throw new FormatException($"{path}: {ex.Message}", ex);
        }
    }

    public static GumArticle Read(string documentId, IReadOnlyList<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var text = new StringBuilder();
        var tokens = new List<TokenData>();
        var ranges = new List<Sentence>();
        var paragraphs = new List<TextRange>();
        var spans = new List<(TokenRange Tokens, EntityType Type)>();
        var wholeSpans = new List<(TokenRange Tokens, EntityType Type)>();
        var paragraphStart = 0;
        var spaceBefore = false;
        string? title = null;
        DateOnly? created = null;
        foreach (var sentence in sentences)
        {
            title ??= sentence.Comment("meta::title");
            created ??= DateOnly.TryParseExact(sentence.Comment("meta::dateCreated"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
            if (StartsParagraph(sentence) && tokens.Count > 0)
            {
                paragraphs.Add(new TextRange(paragraphStart, text.Length));
                text.Append(ParagraphBreak);
                paragraphStart = text.Length;
                spaceBefore = false;
            }

            var first = tokens.Count;
            foreach (var word in sentence.Words)
            {
                if (spaceBefore)
                {
                    text.Append(' ');
                }

                var start = text.Length;
                text.Append(word.Form);
                tokens.Add(new TokenData(start, text.Length));
                spaceBefore = !GumNerReader.NoSpaceAfter(sentence, word);
            }

            // Sentences of one paragraph are always apart, whatever the last word's SpaceAfter says.
            spaceBefore = true;
            ranges.Add(new Sentence(new TokenRange(first, tokens.Count), paragraphs.Count));
            foreach (var span in GumNamedMentions.Read(sentence))
            {
                spans.Add((new TokenRange(first + span.Start, first + span.End), span.Type!.Value));
            }

            foreach (var span in GumNamedMentions.Read(sentence, GumNameConvention.WholeNames))
            {
                wholeSpans.Add((new TokenRange(first + span.Start, first + span.End), span.Type!.Value));
            }
        }

        if (text.Length > paragraphStart)
        {
            paragraphs.Add(new TextRange(paragraphStart, text.Length));
        }

        var document = new Document(text.ToString(), new ArticleMetadata(documentId, title, created), paragraphs)
        {
            Tokens = [.. tokens],
            Sentences = ranges,
        };
        List<EntityMention> Mentions(List<(TokenRange Tokens, EntityType Type)> found) =>
            [.. found.Select(s => new EntityMention(s.Tokens, document.CharRange(s.Tokens), s.Type))];
        return new GumArticle(documentId, document, Mentions(spans), Mentions(wholeSpans));
    }

    private static bool StartsParagraph(ConlluSentence sentence) =>
        sentence.Comments.Any(c => c == "# newpar" || c.StartsWith("# newpar ", StringComparison.Ordinal) || c.StartsWith("# newpar=", StringComparison.Ordinal));
}
