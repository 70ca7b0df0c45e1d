using Chronicle.Documents;
using Chronicle.Parsing;
using Chronicle.Tagging;
using Chronicle.Training.Corpora;

namespace Chronicle.Training.Parsing;

/// <summary>Builds the relabeller's sentences: training trees (gold arcs) and sentences parsed by a parser (for scoring).</summary>
public static class RelabelExamples
{
    /// <summary>
    /// The gold trees of <paramref name="train"/> with the features the parser reads from <paramref name="tags"/>
    /// (jackknifed tagger output) and, per word, the parser's arc-time label (<paramref name="arcLabels"/>).
    /// </summary>
    internal static List<RelabelExample> Training(IReadOnlyList<GoldSentence> train, IReadOnlyList<ParserExample> parserExamples, IReadOnlyList<(DependencyLabel[] Labels, ushort[] Alternatives)> arcLabels)
    {
        var result = new List<RelabelExample>(train.Count);
        for (var s = 0; s < train.Count; s++)
        {
            var example = parserExamples[s];
            var sentence = train[s];
            result.Add(new RelabelExample(example.Words, example.Tags, example.Classes, example.Upos, example.Lemmas, sentence.Heads, arcLabels[s].Labels, arcLabels[s].Alternatives, sentence.Heads, sentence.Labels));
        }

        return result;
    }

    /// <summary>
    /// Tags (with <paramref name="tagger"/>, or the gold tags when null) and parses <paramref name="sentences"/> with
    /// <paramref name="parser"/> (greedily), keeping its arc-time labels and their runner-ups (its relabeller, if any, is not run).
    /// </summary>
    public static List<RelabelExample> Parse(IReadOnlyList<GoldSentence> sentences, ParserModel parser, TaggerModel? tagger)
    {
        var dependencyParser = new DependencyParser(parser.WithRelabeller(null));
        var posTagger = tagger is null ? null : new PosTagger(tagger);
        var result = new List<RelabelExample>(sentences.Count);
        var state = new ParseState();
        foreach (var sentence in sentences)
        {
            var document = sentence.ToDocument();
            if (posTagger is not null)
            {
                posTagger.Process(document);
            }
            else
            {
                var names = new List<string>();
                for (var i = 0; i < sentence.Length; i++)
                {
                    document.Tokens[i].Tag = (ushort)names.Count;
                    names.Add(sentence.Xpos[i]);
                    document.Tokens[i].Pos = sentence.Upos[i];
                    document.Tokens[i].Lemma = sentence.Lemmas[i] == sentence.Words[i] ? -1 : document.AddLemma(sentence.Lemmas[i]);
                }

                document.TagNames = names;
            }

            var n = sentence.Length;
            var tagValues = document.TagNames.Select(name => DependencyParser.TagValue(name)).ToArray();
            var words = new ulong[n + 1];
            var tags = new ulong[n + 1];
            var classes = new ulong[n + 1];
            var upos = new ulong[n];
            var lemmas = new ulong[n];
            var alternatives = new ushort[n];
            DependencyParser.FeatureValues(document, new TokenRange(0, n), tagValues, parser.Classes, words, tags, classes, upos, lemmas);
            dependencyParser.Parse(state, words, tags, classes, upos, lemmas, alternatives);
            var heads = new int[n];
            var labels = new DependencyLabel[n];
            for (var i = 0; i < n; i++)
            {
                var head = state.Head(i);
                heads[i] = head == n || head < 0 ? -1 : head;
                labels[i] = state.Label(i);
            }

            result.Add(new RelabelExample(words, tags, classes, upos, lemmas, heads, labels, alternatives, sentence.Heads, sentence.Labels));
        }

        return result;
    }
}
