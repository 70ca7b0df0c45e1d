using System.Globalization;
using Chronicle.Documents;

namespace Chronicle.Cli.Commands;

/// <summary>
/// Writes a processed document's tokens as CoNLL-U-like lines (index, form, lemma, UPOS, XPOS, head, relation;
/// indices 1-based within the sentence, head 0 for the root), a blank line between sentences. A debugging aid
/// behind <c>extract --parses</c>: it shows what the event coder reads when a tagger or parser change moves events.
/// </summary>
internal static class ParseTable
{
    public static void Write(Document document, TextWriter writer)
    {
        foreach (var sentence in document.Sentences)
        {
            var range = sentence.Tokens;
            for (var i = range.Start; i < range.End; i++)
            {
                ref readonly var token = ref document.Tokens[i];
                var head = token.Head >= range.Start && token.Head < range.End && token.Head != i ? token.Head - range.Start + 1 : 0;
                var tag = token.Tag < document.TagNames.Count ? document.TagNames[token.Tag] : "_";
                var lemma = token.Lemma >= 0 ? document.Lemmas[token.Lemma] : "_";
                writer.WriteLine(string.Join(
                    '\t',
                    (i - range.Start + 1).ToString(CultureInfo.InvariantCulture),
                    document.TextOf(i).ToString(),
                    lemma,
                    token.Pos.ToString(),
                    tag,
                    head.ToString(CultureInfo.InvariantCulture),
                    DependencyLabels.ToUd(token.Dependency)));
            }

            writer.WriteLine();
        }
    }
}
