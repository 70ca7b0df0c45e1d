using Chronicle.Documents;
using Chronicle.Learning;

namespace Chronicle.Entities;

/// <summary>
/// The NER's feature templates. Every template yields at most one feature per token, so
/// <see cref="MaxPerToken"/> bounds the buffer. Features depend on the words only (never on predicted
/// labels): label context enters through the transition weights of the Viterbi search, which keeps
/// emission scoring to one pass per token. Change a template, bump <see cref="Version"/>, retrain.
/// </summary>
public static class NerFeatures
{
    /// <summary>Stored in the model and checked on load.</summary>
    public const int Version = 3;

    /// <summary>Upper bound on the features of one token.</summary>
    public static int MaxPerToken { get; } = (int)Template.Count;

    private const int ValueSeed = 0;
    private const int MaxShape = 32;
    private static readonly ulong s_boundary = FeatureHash.Of(ValueSeed, "\u0002<s>");

    private enum Template
    {
        Bias,
        Word,
        Lower,
        Shape,
        Prefix1,
        Prefix2,
        Prefix3,
        Suffix1,
        Suffix2,
        Suffix3,
        Suffix4,
        LowerPrev2,
        LowerPrev,
        LowerNext,
        LowerNext2,
        ShapePrev,
        ShapeNext,
        BigramPrev,
        BigramNext,
        ShapeTrigram,
        CapitalisationTrigram,
        SentenceInitialCapitalisation,
        SentenceInitialLower,
        SuffixPrev,
        WordNextCapitalisation,
        Coarse,
        Fine,
        CoarsePrev,
        CoarseNext,
        FinePrev,
        FineNext,
        FineCapitalisation,
        CoarseTrigram,
        PrevFineShape,
        ShapeNextFine,
        Evidence,
        EvidenceCapitalisation,
        PrevWordShape,
        ShapeNextWord,
        PrevTwoWords,
        NextTwoWords,
        Gazetteer,
        GazetteerPrev,
        GazetteerNext,
        Count,
    }

    /// <summary>Coarse capitalisation classes.</summary>
    private enum Capitalisation
    {
        Lower,
        Title,
        Upper,
        Mixed,
        Digit,
        Other,
    }

    /// <summary>
    /// Per-token hashes the templates combine; computed once per sentence (see <see cref="Prepare"/>)
    /// so each template costs a few multiplications.
    /// </summary>
    public struct TokenKeys
    {
        public ulong Word;
        public ulong Lower;
        public ulong Shape;
        public ulong Suffix3;
        public int Capitalisation;
        public int Coarse;
        public int Fine;
        public int Evidence;
    }

    /// <summary>Fills <paramref name="keys"/> (one per sentence token) for the tokens of <paramref name="sentence"/>.</summary>
    /// <param name="clusters">Word classes, or null when the model has none.</param>
    /// <param name="evidence">Document-wide word evidence, or null to go without.</param>
    public static void Prepare(Document document, TokenRange sentence, WordClusters? clusters, DocumentEvidence? evidence, Span<TokenKeys> keys)
    {
        Span<char> shape = stackalloc char[MaxShape];
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            var text = document.TextOf(i);
            ref var k = ref keys[i - sentence.Start];
            k.Word = FeatureHash.Of(ValueSeed, text);
            k.Lower = FeatureHash.End(FeatureHash.AddLower(FeatureHash.Begin(ValueSeed), text));
            k.Shape = FeatureHash.Of(ValueSeed, shape[..ShapeOf(text, shape)]);
            k.Suffix3 = FeatureHash.End(FeatureHash.AddLower(FeatureHash.Begin(ValueSeed), text.Length > 3 ? text[^3..] : text));
            k.Capitalisation = (int)CapitalisationOf(text);
            (k.Coarse, k.Fine) = clusters?.Of(text) ?? (WordClusters.None, WordClusters.None);
            k.Evidence = evidence?.Of(text) ?? 0;
        }
    }

    /// <summary>Writes the features of sentence token <paramref name="position"/> and returns how many.</summary>
    /// <param name="keys">From <see cref="Prepare"/>.</param>
    /// <param name="marks">Gazetteer marks of the sentence tokens (all empty without a gazetteer).</param>
    public static int Extract(Document document, TokenRange sentence, ReadOnlySpan<TokenKeys> keys, ReadOnlySpan<GazetteerMark> marks, int position, Span<ulong> features)
    {
        var n = 0;
        ref readonly var k = ref keys[position];
        var text = document.TextOf(sentence.Start + position);
        var prevLower = position > 0 ? keys[position - 1].Lower : s_boundary;
        var prev2Lower = position > 1 ? keys[position - 2].Lower : s_boundary;
        var nextLower = position + 1 < keys.Length ? keys[position + 1].Lower : s_boundary;
        var next2Lower = position + 2 < keys.Length ? keys[position + 2].Lower : s_boundary;
        var prevShape = position > 0 ? keys[position - 1].Shape : s_boundary;
        var nextShape = position + 1 < keys.Length ? keys[position + 1].Shape : s_boundary;
        var prevCap = position > 0 ? keys[position - 1].Capitalisation : -1;
        var nextCap = position + 1 < keys.Length ? keys[position + 1].Capitalisation : -1;

        features[n++] = FeatureHash.Of((int)Template.Bias, 0);
        features[n++] = Key(Template.Word, k.Word);
        features[n++] = Key(Template.Lower, k.Lower);
        features[n++] = Key(Template.Shape, k.Shape);
        if (text.Length > 1)
        {
            features[n++] = Affix(Template.Prefix1, text[..1]);
            features[n++] = Affix(Template.Suffix1, text[^1..]);
        }

        if (text.Length > 2)
        {
            features[n++] = Affix(Template.Prefix2, text[..2]);
            features[n++] = Affix(Template.Suffix2, text[^2..]);
        }

        if (text.Length > 3)
        {
            features[n++] = Affix(Template.Prefix3, text[..3]);
            features[n++] = Key(Template.Suffix3, k.Suffix3);
        }

        if (text.Length > 4)
        {
            features[n++] = Affix(Template.Suffix4, text[^4..]);
        }

        features[n++] = Key(Template.LowerPrev2, prev2Lower);
        features[n++] = Key(Template.LowerPrev, prevLower);
        features[n++] = Key(Template.LowerNext, nextLower);
        features[n++] = Key(Template.LowerNext2, next2Lower);
        features[n++] = Key(Template.ShapePrev, prevShape);
        features[n++] = Key(Template.ShapeNext, nextShape);
        features[n++] = Key(Template.BigramPrev, prevLower, k.Lower);
        features[n++] = Key(Template.BigramNext, k.Lower, nextLower);
        features[n++] = FeatureHash.End(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(
            FeatureHash.Begin((int)Template.ShapeTrigram), (int)prevShape), (int)k.Shape), (int)nextShape), (int)(k.Shape >> 32)));
        features[n++] = FeatureHash.End(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(
            FeatureHash.Begin((int)Template.CapitalisationTrigram), prevCap), k.Capitalisation), nextCap));
        if (position == 0)
        {
            features[n++] = FeatureHash.Of((int)Template.SentenceInitialCapitalisation, k.Capitalisation);
            features[n++] = Key(Template.SentenceInitialLower, k.Lower);
        }

        if (position > 0)
        {
            features[n++] = Key(Template.SuffixPrev, keys[position - 1].Suffix3);
        }

        features[n++] = FeatureHash.End(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(
            FeatureHash.Begin((int)Template.WordNextCapitalisation), (int)k.Lower), (int)(k.Lower >> 32)), nextCap));

        var prevCoarse = position > 0 ? keys[position - 1].Coarse : -2;
        var nextCoarse = position + 1 < keys.Length ? keys[position + 1].Coarse : -2;
        var prevFine = position > 0 ? keys[position - 1].Fine : -2;
        var nextFine = position + 1 < keys.Length ? keys[position + 1].Fine : -2;
        features[n++] = FeatureHash.Of((int)Template.Coarse, k.Coarse);
        features[n++] = FeatureHash.Of((int)Template.Fine, k.Fine);
        features[n++] = FeatureHash.Of((int)Template.CoarsePrev, prevCoarse);
        features[n++] = FeatureHash.Of((int)Template.CoarseNext, nextCoarse);
        features[n++] = FeatureHash.Of((int)Template.FinePrev, prevFine);
        features[n++] = FeatureHash.Of((int)Template.FineNext, nextFine);
        features[n++] = FeatureHash.Of((int)Template.FineCapitalisation, k.Fine, k.Capitalisation);
        features[n++] = FeatureHash.End(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(
            FeatureHash.Begin((int)Template.CoarseTrigram), prevCoarse), k.Coarse), nextCoarse));
        features[n++] = FeatureHash.End(FeatureHash.Add(FeatureHash.Add(FeatureHash.Begin((int)Template.PrevFineShape), prevFine), (int)k.Shape));
        features[n++] = FeatureHash.End(FeatureHash.Add(FeatureHash.Add(FeatureHash.Begin((int)Template.ShapeNextFine), (int)k.Shape), nextFine));
        features[n++] = FeatureHash.Of((int)Template.Evidence, k.Evidence);
        features[n++] = FeatureHash.Of((int)Template.EvidenceCapitalisation, k.Evidence, (k.Capitalisation * 2) + (position == 0 ? 1 : 0));
        features[n++] = Key(Template.PrevWordShape, prevLower, k.Shape);
        features[n++] = Key(Template.ShapeNextWord, k.Shape, nextLower);
        features[n++] = Key(Template.PrevTwoWords, prev2Lower, prevLower);
        features[n++] = Key(Template.NextTwoWords, nextLower, next2Lower);

        var mark = marks[position];
        if (!mark.IsEmpty)
        {
            features[n++] = FeatureHash.Of((int)Template.Gazetteer, mark.Category, (int)mark.Position);
        }

        if (position > 0 && !marks[position - 1].IsEmpty)
        {
            features[n++] = FeatureHash.Of((int)Template.GazetteerPrev, marks[position - 1].Category, (int)marks[position - 1].Position);
        }

        if (position + 1 < marks.Length && !marks[position + 1].IsEmpty)
        {
            features[n++] = FeatureHash.Of((int)Template.GazetteerNext, marks[position + 1].Category, (int)marks[position + 1].Position);
        }

        return n;
    }

    /// <summary>The key of the label-bigram feature "previous class was <paramref name="previousClass"/>" (the class count stands for the sentence start).</summary>
    public static ulong Transition(int previousClass) => FeatureHash.Of((int)Template.Count, previousClass);

    private static ulong Key(Template template, ulong value) =>
        FeatureHash.End(FeatureHash.Add(FeatureHash.Add(FeatureHash.Begin((int)template), (int)value), (int)(value >> 32)));

    private static ulong Key(Template template, ulong first, ulong second) =>
        FeatureHash.End(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(
            FeatureHash.Begin((int)template), (int)first), (int)(first >> 32)), (int)second), (int)(second >> 32)));

    private static ulong Affix(Template template, ReadOnlySpan<char> affix) =>
        FeatureHash.End(FeatureHash.AddLower(FeatureHash.Begin((int)template), affix));

    /// <summary>spaCy-style shape: X, x, d or the character itself, at most four of a kind in a row.</summary>
    private static int ShapeOf(ReadOnlySpan<char> text, Span<char> shape)
    {
        var n = 0;
        var run = 0;
        var last = '\0';
        foreach (var c in text)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = s == last ? run + 1 : 1;
            last = s;
            if (run <= 4 && n < shape.Length)
            {
                shape[n++] = s;
            }
        }

        return n;
    }

    private static Capitalisation CapitalisationOf(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return Capitalisation.Other;
        }

        var first = text[0];
        if (char.IsDigit(first))
        {
            return Capitalisation.Digit;
        }

        if (!char.IsLetter(first))
        {
            return Capitalisation.Other;
        }

        int upper = 0, lower = 0;
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
        }

        if (upper == 0)
        {
            return Capitalisation.Lower;
        }

        if (lower == 0)
        {
            return upper > 1 ? Capitalisation.Upper : Capitalisation.Title;
        }

        return char.IsUpper(first) && upper == 1 ? Capitalisation.Title : Capitalisation.Mixed;
    }
}
