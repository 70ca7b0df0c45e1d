using Chronicle.Tagging;
using Chronicle.Training.Corpora;

namespace Chronicle.Training.Tagging;

/// <summary>Token accuracies of a tagger on gold-tokenised sentences.</summary>
public sealed record TaggerEvaluation(double Upos, double Xpos, double Lemma, int Tokens)
{
    public static TaggerEvaluation Evaluate(TaggerModel model, IReadOnlyList<GoldSentence> sentences, float repairMargin = PosTagger.DefaultRepairMargin,
        float stackMargin = PosTagger.DefaultStackMargin)
    {
        var tagger = new PosTagger(model) { RepairMargin = repairMargin, StackMargin = stackMargin };
        long upos = 0, xpos = 0, lemma = 0, total = 0;
        foreach (var sentence in sentences)
        {
            var document = sentence.ToDocument();
            tagger.Process(document);
            for (var i = 0; i < sentence.Length; i++)
            {
                var token = document.Token(i);
                upos += token.Pos == sentence.Upos[i] ? 1 : 0;
                xpos += token.Tag == sentence.Xpos[i] ? 1 : 0;
                lemma += token.Lemma == sentence.Lemmas[i] ? 1 : 0;
                total++;
            }
        }

        return total == 0 ? new TaggerEvaluation(0, 0, 0, 0) : new TaggerEvaluation((double)upos / total, (double)xpos / total, (double)lemma / total, (int)total);
    }

    public IReadOnlyDictionary<string, double> ToScores() => new Dictionary<string, double>
    {
        ["upos"] = Math.Round(Upos, 4),
        ["xpos"] = Math.Round(Xpos, 4),
        ["lemma"] = Math.Round(Lemma, 4),
        ["tokens"] = Tokens,
    };

    public override string ToString() => $"UPOS {Upos:P2}  XPOS {Xpos:P2}  lemma {Lemma:P2}  ({Tokens:N0} tokens)";
}
