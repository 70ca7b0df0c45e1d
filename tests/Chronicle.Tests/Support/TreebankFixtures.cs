using Chronicle.Parsing;
using Chronicle.Tagging;
using Chronicle.Training.Conllu;
using Chronicle.Training.Corpora;

namespace Chronicle.Tests.Support;

/// <summary>Hand-written treebank sentences for training tiny models in tests, and the committed models loaded once.</summary>
public static class TreebankFixtures
{
    private const string Sentences = """
        1 The the DET DT 2 det
        2 dog dog NOUN NN 3 nsubj
        3 chased chase VERB VBD 0 root
        4 the the DET DT 5 det
        5 cat cat NOUN NN 3 obj
        6 . . PUNCT . 3 punct

        1 Washington Washington PROPN NNP 2 nsubj
        2 denounced denounce VERB VBD 0 root
        3 the the DET DT 4 det
        4 visit visit NOUN NN 2 obj
        5 . . PUNCT . 2 punct

        1 She she PRON PRP 2 nsubj
        2 said say VERB VBD 0 root
        3 it it PRON PRP 5 nsubj
        4 was be AUX VBD 5 aux
        5 providing provide VERB VBG 2 ccomp
        6 cover cover NOUN NN 5 obj
        7 . . PUNCT . 2 punct

        1 Leaders leader NOUN NNS 2 nsubj
        2 met meet VERB VBD 0 root
        3 in in ADP IN 4 case
        4 Moscow Moscow PROPN NNP 2 obl
        5 on on ADP IN 6 case
        6 Tuesday Tuesday PROPN NNP 2 obl
        7 . . PUNCT . 2 punct

        1 A a DET DT 2 det
        2 court court NOUN NN 3 nsubj
        3 accused accuse VERB VBD 0 root
        4 him he PRON PRP 3 obj
        5 of of ADP IN 7 case
        6 war war NOUN NN 7 compound
        7 crimes crime NOUN NNS 3 obl
        8 . . PUNCT . 3 punct
        """;

    private static readonly Lazy<TaggerModel> s_tagger = new(() => TaggerModel.Load(CommittedModelPath(TaggerModel.Kind)));
    private static readonly Lazy<ParserModel> s_parser = new(() => ParserModel.Load(CommittedModelPath(ParserModel.Kind)));

    /// <summary>The tagger committed under models/ (loaded once for all tests).</summary>
    public static TaggerModel CommittedTagger => s_tagger.Value;

    public static ParserModel CommittedParser => s_parser.Value;

    public static string CommittedModelPath(string kind) => SharedData.RepositoryPath("models", kind, "model.bin");

    /// <summary>Five small hand-annotated sentences (Penn tags, UPOS, lemmas, UD trees).</summary>
    public static IReadOnlyList<GoldSentence> Handful()
    {
        var conllu = string.Join('\n', Sentences.Split('\n').Select(line =>
        {
            var c = line.Trim().Split(' ');
            return c.Length < 7 ? "" : string.Join('\t', c[0], c[1], c[2], c[3], c[4], "_", c[5], c[6], "_", "_");
        }));
        return [.. ConlluReader.Read(new StringReader(conllu + "\n")).Select(s => GoldSentence.FromConllu(s, "fixture"))];
    }
}
