using Chronicle.Documents;
using Chronicle.Pipeline;

namespace Chronicle.Segmentation;

/// <summary>
/// Splits the body into tokens (<see cref="Tokenizer"/>) and sentences (<see cref="SentenceSplitter"/>), paragraph by
/// paragraph, so no sentence crosses a paragraph break. Stateless and thread-safe.
/// </summary>
public sealed class Segmenter : IPipe
{
    private readonly Tokenizer _tokenizer = new();
    private readonly SentenceSplitter _splitter = new();

    public string Name => "segmenter";

    public PipeContract Contract { get; } = new(Annotation.None, Annotation.Tokens | Annotation.Sentences, EnglishOnly: false);

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;

        // One token per ~5.5 characters in English news; sizing for it avoids regrowing the list.
        var tokens = new List<TokenData>(text.Length / 5 + 16);
        var sentences = new List<Sentence>(text.Length / 100 + 4);
        for (var p = 0; p < document.Paragraphs.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var paragraph = document.Paragraphs[p];
            var first = tokens.Count;
            _tokenizer.Tokenize(text, paragraph.Start, paragraph.End, tokens);
            _splitter.Split(text, tokens, first, tokens.Count, p, sentences);
        }

        document.Tokens = [.. tokens];
        document.Sentences = sentences;
    }
}
