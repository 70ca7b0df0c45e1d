using Chronicle.Documents;
using Chronicle.Learning;

namespace Chronicle.Parsing;

/// <summary>
/// The relabeller's feature templates: what the arc-time label model could not see because the tree was not complete
/// yet (the head's own head and label, the head's other children and their labels, auxiliaries and subjects under the
/// head), next to the dependent's own children, the words and tags of the arc and the parser's arc-time label, which
/// lets the relabeller learn where to correct the parser. Words are visited top-down, so the head's label and the
/// labels of the siblings to the left are the relabelled ones.
/// </summary>
public static class RelabelFeatures
{
    /// <summary>The feature set of the templates below; a relabeller trained for another one is refused on load.</summary>
    public const int Version = 1;

    public const int Count = 40;

    private const int Offset = 5000;

    private static readonly ulong Adp = DependencyParser.UposValue(UniversalPos.ADP);
    private static readonly ulong Aux = DependencyParser.UposValue(UniversalPos.AUX);
    private static readonly ulong Sconj = DependencyParser.UposValue(UniversalPos.SCONJ);
    private static readonly ulong Part = DependencyParser.UposValue(UniversalPos.PART);
    private static readonly ulong Det = DependencyParser.UposValue(UniversalPos.DET);
    private static readonly ulong Possessive = DependencyParser.TagValue("POS");
    private static readonly ulong To = DependencyParser.TagValue("TO");
    private static readonly ulong Comma = DependencyParser.TagValue(",");
    private static readonly ulong Colon = DependencyParser.TagValue(":");

    /// <summary>
    /// Fills the children links of <paramref name="heads"/> (-1 for the root; any other value outside the sentence is
    /// treated as the root too): children in ascending order. <paramref name="firstChild"/> and
    /// <paramref name="nextSibling"/> hold one entry per word; the root's children start at the returned word (-1: none).
    /// </summary>
    public static int Link(ReadOnlySpan<int> heads, Span<int> firstChild, Span<int> nextSibling)
    {
        var n = heads.Length;
        firstChild[..n].Fill(-1);
        var rootFirst = -1;
        for (var i = n - 1; i >= 0; i--)
        {
            var head = heads[i];
            if ((uint)head < (uint)n && head != i)
            {
                nextSibling[i] = firstChild[head];
                firstChild[head] = i;
            }
            else
            {
                nextSibling[i] = rootFirst;
                rootFirst = i;
            }
        }

        return rootFirst;
    }

    /// <summary>
    /// Writes the words in breadth-first order from the root (every head before its dependents, siblings left to right)
    /// and returns how many: a word on a cycle is unreachable and left out.
    /// </summary>
    public static int TopDown(int rootFirst, ReadOnlySpan<int> firstChild, ReadOnlySpan<int> nextSibling, Span<int> order)
    {
        var count = 0;
        for (var child = rootFirst; child >= 0 && count < order.Length; child = nextSibling[child])
        {
            order[count++] = child;
        }

        for (var next = 0; next < count; next++)
        {
            for (var child = firstChild[order[next]]; child >= 0 && count < order.Length; child = nextSibling[child])
            {
                order[count++] = child;
            }
        }

        return count;
    }

    /// <summary>Writes the <see cref="Count"/> features of the arc into <paramref name="dependent"/> from its head.</summary>
    public static void Extract(in RelabelSentence sentence, int dependent, Span<ulong> output)
    {
        var d = dependent;
        var h = sentence.Heads[d];
        var n = sentence.Length;
        var direction = d < h ? 1UL : 2UL;
        var distance = (ulong)Math.Abs(h - d);
        var bucket = distance switch { 1 => 1UL, 2 => 2UL, <= 4 => 3UL, <= 7 => 4UL, _ => 5UL };
        var arc = (ulong)sentence.ArcLabels[d];
        var headLabel = (ulong)sentence.Labels[h];
        var grandHead = sentence.Heads[h];
        var grandUpos = (uint)grandHead < (uint)n ? sentence.Upos[grandHead] : DependencyParser.RootValue;
        var upos = sentence.Upos[d];
        var headUpos = sentence.Upos[h];
        var tag = sentence.Tags[d];
        var headTag = sentence.Tags[h];
        var lemma = sentence.Lemmas[d];
        var headLemma = sentence.Lemmas[h];

        // The dependent's own children (complete when the parser made the arc, but summarised here by what they are).
        var caseLemma = ParserFeatures.None;
        var markLemma = ParserFeatures.None;
        var auxiliaries = FeatureHash.Begin(Offset + 100);
        var childLabels = 0UL;
        var hasDeterminer = 0UL;
        for (var c = sentence.FirstChild[d]; c >= 0; c = sentence.NextSibling[c])
        {
            var childUpos = sentence.Upos[c];
            if (caseLemma == ParserFeatures.None && (childUpos == Adp || sentence.Tags[c] == Possessive))
            {
                caseLemma = sentence.Lemmas[c];
            }
            else if (markLemma == ParserFeatures.None && c < d && (childUpos == Sconj || (childUpos == Part && sentence.Tags[c] == To)))
            {
                markLemma = sentence.Lemmas[c];
            }
            else if (childUpos == Aux)
            {
                auxiliaries = FeatureHash.Combine(auxiliaries, sentence.Lemmas[c]);
            }
            else if (childUpos == Det && c < d)
            {
                hasDeterminer = 1;
            }

            childLabels |= Bit(sentence.ArcLabels[c]);
        }

        // The head's other children: relabelled to the left of the dependent, arc-time to the right.
        var leftSiblings = 0UL;
        var rightSiblings = 0UL;
        var subject = 0UL;
        var headAuxiliaries = FeatureHash.Begin(Offset + 101);
        var between = 0UL;
        for (var c = sentence.FirstChild[h]; c >= 0; c = sentence.NextSibling[c])
        {
            if (c == d)
            {
                continue;
            }

            var label = sentence.Labels[c];
            if (c < d)
            {
                leftSiblings |= Bit(label);
            }
            else
            {
                rightSiblings |= Bit(label);
            }

            if (label is DependencyLabel.Nsubj or DependencyLabel.NsubjPass or DependencyLabel.Csubj or DependencyLabel.CsubjPass or DependencyLabel.Expl)
            {
                subject |= c < d ? 1UL : 2UL;
            }

            if (sentence.Upos[c] == Aux)
            {
                headAuxiliaries = FeatureHash.Combine(headAuxiliaries, sentence.Lemmas[c]);
            }

            // Siblings between the head and the dependent, on the dependent's side.
            if ((c < h) == (d < h) && (ulong)Math.Abs(c - h) < distance)
            {
                between++;
            }
        }

        var commas = 0UL;
        for (int i = Math.Min(d, h) + 1, end = Math.Max(d, h); i < end && commas < 2; i++)
        {
            if (sentence.Tags[i] == Comma || sentence.Tags[i] == Colon)
            {
                commas++;
            }
        }

        var auxValue = FeatureHash.End(auxiliaries);
        var headAuxValue = FeatureHash.End(headAuxiliaries);
        var previousTag = d > 0 ? sentence.Tags[d - 1] : ParserFeatures.None;
        var nextTag = d + 1 < n ? sentence.Tags[d + 1] : ParserFeatures.None;
        var nextLemma = d + 1 < n ? sentence.Lemmas[d + 1] : ParserFeatures.None;
        var t = Offset;
        output[0] = One(t + 0, arc);
        output[1] = Four(t + 1, arc, direction, upos, headUpos);
        output[2] = Two(t + 2, arc, lemma);
        output[3] = Three(t + 3, arc, headLemma, upos);
        output[4] = Two(t + 4, sentence.Words[d], direction);
        output[5] = Three(t + 5, lemma, upos, direction);
        output[6] = Three(t + 6, headLemma, headUpos, direction);
        output[7] = Three(t + 7, headLemma, lemma, direction);
        output[8] = Four(t + 8, headTag, tag, direction, bucket);
        output[9] = Three(t + 9, headUpos, upos, direction);
        output[10] = Four(t + 10, headLabel, headUpos, upos, direction);
        output[11] = Three(t + 11, headLabel, arc, direction);
        output[12] = Five(t + 12, grandUpos, headLabel, headUpos, upos, direction);
        output[13] = Four(t + 13, caseLemma, upos, headUpos, direction);
        output[14] = Three(t + 14, caseLemma, headLemma, upos);
        output[15] = Four(t + 15, markLemma, upos, headUpos, direction);
        output[16] = Three(t + 16, auxValue, tag, arc);
        output[17] = Four(t + 17, headAuxValue, headTag, upos, direction);
        output[18] = Three(t + 18, childLabels, upos, arc);
        output[19] = Four(t + 19, leftSiblings, upos, headUpos, direction);
        output[20] = Four(t + 20, rightSiblings, upos, headUpos, direction);
        output[21] = Five(t + 21, subject, upos, headUpos, direction, arc);
        output[22] = Four(t + 22, commas, upos, headUpos, direction);
        output[23] = Two(t + 23, WordClassOf(sentence.Classes, d), arc);
        output[24] = Three(t + 24, WordClassOf(sentence.Classes, h), upos, direction);
        output[25] = Four(t + 25, between, upos, direction, arc);
        output[26] = Four(t + 26, previousTag, tag, nextTag, arc);
        output[27] = Three(t + 27, upos, nextLemma, arc);
        output[28] = Four(t + 28, headLabel, arc, grandUpos, headTag);
        output[29] = Four(t + 29, direction, Math.Min(distance, 10), arc, upos);
        output[30] = Four(t + 30, headAuxValue, subject, arc, direction);
        output[31] = Four(t + 31, hasDeterminer, upos, headUpos, arc);
        output[32] = Four(t + 32, caseLemma, markLemma, headTag, arc);
        output[33] = Four(t + 33, tag, headTag, grandUpos, direction);
        output[34] = Four(t + 34, (ulong)(sentence.FirstChild[d] < 0 ? 0 : 1), upos, headLabel, arc);
        output[35] = Four(t + 35, headLemma, upos, caseLemma, direction);
        var alternative = (uint)d < (uint)sentence.Alternatives.Length ? sentence.Alternatives[d] : (ushort)0;
        var second = (ulong)(alternative & 0xFF);
        var margin = (ulong)(alternative >> 8);
        output[36] = Two(t + 36, arc, second);
        output[37] = Three(t + 37, arc, second, margin);
        output[38] = Four(t + 38, arc, margin, upos, headUpos);
        output[39] = Four(t + 39, arc, second, headLemma, direction);
    }

    // Punctuation is on nearly every head, so it would only multiply the sets' values.
    private static ulong Bit(DependencyLabel label) => label == DependencyLabel.Punct ? 0 : 1UL << ((int)label & 63);

    private static ulong WordClassOf(ReadOnlySpan<ulong> classes, int word) => (uint)word < (uint)classes.Length ? Tagging.WordClasses.FineOf(classes[word]) : ParserFeatures.None;

    private static ulong One(int template, ulong value) => FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(template), value));

    private static ulong Two(int template, ulong first, ulong second) =>
        FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(template), first), second));

    private static ulong Three(int template, ulong first, ulong second, ulong third) =>
        FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(template), first), second), third));

    private static ulong Four(int template, ulong first, ulong second, ulong third, ulong fourth) =>
        FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(template), first), second), third), fourth));

    private static ulong Five(int template, ulong first, ulong second, ulong third, ulong fourth, ulong fifth) =>
        FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(template), first), second), third), fourth), fifth));
}
