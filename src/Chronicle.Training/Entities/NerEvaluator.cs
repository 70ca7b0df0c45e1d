using Chronicle.Entities;

namespace Chronicle.Training.Entities;

/// <summary>Scores a model against gold-tagged documents, mention by mention.</summary>
public static class NerEvaluator
{
    public static NerScores Evaluate(NerModel model, IEnumerable<NerExample> examples)
    {
        ArgumentNullException.ThrowIfNull(model);
        var scores = new NerScores();
        foreach (var example in examples)
        {
            var document = example.Document;
            var predictedTags = new ushort[example.Tags.Length];
            var gold = new List<EntityMention>();
            var predicted = new List<EntityMention>();
            var evidence = new DocumentEvidence(document);
            foreach (var sentence in document.Sentences)
            {
                var range = sentence.Tokens;
                var tags = predictedTags.AsSpan(range.Start, range.Length);
                model.Predict(document, range, tags, evidence);
                BilouSpans.Collect(document, range.Start, tags, predicted);
                BilouSpans.Collect(document, range.Start, example.Tags.AsSpan(range.Start, range.Length), gold);
            }

            scores.Add(gold, predicted);
        }

        return scores;
    }
}
