using Chronicle.Documents;
using Chronicle.Parsing;
using Chronicle.Tagging;
using Chronicle.Training.Corpora;

namespace Chronicle.Training.Parsing;

/// <summary>Attachment scores over all words (punctuation included, as in the CoNLL 2018 evaluation).</summary>
public sealed record ParserEvaluation(double Uas, double Las, int Tokens)
{
    /// <param name="tagger">The tagger whose tags (Penn, universal POS, lemmas) the parser reads; null to parse with the gold ones.</param>
    public static ParserEvaluation Evaluate(ParserModel model, IReadOnlyList<GoldSentence> sentences, TaggerModel? tagger)
    {
        var parser = new DependencyParser(model);
        var posTagger = tagger is null ? null : new PosTagger(tagger);
        var goldTagNames = new List<string> { "_" };
        var goldTagIds = new Dictionary<string, ushort>(StringComparer.Ordinal);
        long uas = 0, las = 0, total = 0;
        foreach (var sentence in sentences)
        {
            var document = sentence.ToDocument();
            if (posTagger is not null)
            {
                posTagger.Process(document);
            }
            else
            {
                for (var i = 0; i < sentence.Length; i++)
                {
                    if (!goldTagIds.TryGetValue(sentence.Xpos[i], out var id))
                    {
                        id = (ushort)goldTagNames.Count;
                        goldTagIds[sentence.Xpos[i]] = id;
                        goldTagNames.Add(sentence.Xpos[i]);
                    }

                    document.Tokens[i].Tag = id;
                    document.Tokens[i].Pos = sentence.Upos[i];
                    document.Tokens[i].Lemma = sentence.Lemmas[i] == sentence.Words[i] ? -1 : document.AddLemma(sentence.Lemmas[i]);
                }

                document.TagNames = goldTagNames;
            }

            parser.Process(document);
            for (var i = 0; i < sentence.Length; i++)
            {
                var token = document.Tokens[i];
                if (token.Head == sentence.Heads[i])
                {
                    uas++;
                    las += token.Dependency == sentence.Labels[i] ? 1 : 0;
                }

                total++;
            }
        }

        return total == 0 ? new ParserEvaluation(0, 0, 0) : new ParserEvaluation((double)uas / total, (double)las / total, (int)total);
    }

    public IReadOnlyDictionary<string, double> ToScores() => new Dictionary<string, double>
    {
        ["uas"] = Math.Round(Uas, 4),
        ["las"] = Math.Round(Las, 4),
        ["tokens"] = Tokens,
    };

    public override string ToString() => $"UAS {Uas:P2}  LAS {Las:P2}  ({Tokens:N0} tokens)";
}
