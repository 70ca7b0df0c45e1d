using System.Buffers;
using Chronicle.Documents;
using Chronicle.Pipeline;

namespace Chronicle.Entities;

/// <summary>
/// The named-entity recogniser stage: labels each sentence with the <see cref="NerModel"/>, writes the BILOU tag
/// of every token into <see cref="TokenData.EntityTag"/> and the mentions into <see cref="Document.Mentions"/>.
/// Reads words only, so it runs with or without a tagger before it.
/// </summary>
public sealed class EntityRecognizer(NerModel model) : IPipe
{
    /// <summary>Where the model lives inside a model directory.</summary>
    public const string ModelPath = "ner/model.bin";

    public NerModel Model { get; } = model ?? throw new ArgumentNullException(nameof(model));

    public string Name => "ner";

    public PipeContract Contract { get; } = new(Annotation.Tokens | Annotation.Sentences, Annotation.EntityMentions);

    /// <summary>Loads the recogniser from <c>ner/model.bin</c> of a model directory.</summary>
    /// <exception cref="Learning.ModelLoadException">The model is missing or unreadable.</exception>
    public static EntityRecognizer Load(string modelDirectory, IGazetteer? gazetteer = null) =>
        new(NerModel.Load(Path.Combine(modelDirectory, ModelPath), gazetteer));

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        var mentions = new List<EntityMention>();
        var tags = ArrayPool<ushort>.Shared.Rent(Math.Max(1, tokens.Length));
        var evidence = new DocumentEvidence(document);
        try
        {
            foreach (var sentence in document.Sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var range = sentence.Tokens;
                var sentenceTags = tags.AsSpan(0, range.Length);
                Model.Predict(document, range, sentenceTags, evidence);
                for (var t = 0; t < sentenceTags.Length; t++)
                {
                    tokens[range.Start + t].EntityTag = sentenceTags[t];
                }

                BilouSpans.Collect(document, range.Start, sentenceTags, mentions);
            }
        }
        finally
        {
            ArrayPool<ushort>.Shared.Return(tags);
        }

        document.Mentions = mentions;
    }
}
