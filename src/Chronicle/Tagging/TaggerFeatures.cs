using Chronicle.Learning;

namespace Chronicle.Tagging;

/// <summary>
/// The tagger's feature templates (Honnibal's averaged-perceptron tagger, extended with shapes, prefixes and
/// word bigrams). Change a template and bump <see cref="Version"/>: models trained for another version refuse to load.
/// </summary>
public static class TaggerFeatures
{
    public const int Version = 5;

    public const int Bias = 0;
    public const int Word = 1;
    public const int Form = 2;
    public const int Prefix1 = 3;
    public const int Prefix2 = 4;
    public const int Prefix3 = 5;
    public const int Suffix1 = 6;
    public const int Suffix2 = 7;
    public const int Suffix3 = 8;
    public const int Suffix4 = 9;
    public const int Shape = 10;
    public const int PreviousTag = 11;
    public const int PreviousTwoTags = 12;
    public const int SecondPreviousTag = 13;
    public const int PreviousTagWord = 14;
    public const int PreviousWord = 15;
    public const int SecondPreviousWord = 16;
    public const int NextWord = 17;
    public const int SecondNextWord = 18;
    public const int PreviousSuffix3 = 19;
    public const int NextSuffix3 = 20;
    public const int PreviousShape = 21;
    public const int NextShape = 22;
    public const int PreviousWordWord = 23;
    public const int WordNextWord = 24;
    public const int FirstShape = 25;
    public const int PreviousTagNextWord = 26;
    public const int NextSuffix1 = 27;
    public const int Ambiguity = 28;
    public const int NextAmbiguity = 29;
    public const int SecondNextAmbiguity = 30;
    public const int PreviousTagNextAmbiguity = 31;
    public const int AmbiguityNextAmbiguity = 32;
    public const int WordNextAmbiguity = 33;
    public const int Fine = 34;
    public const int Coarse = 35;
    public const int PreviousFine = 36;
    public const int NextFine = 37;
    public const int NextCoarse = 38;
    public const int SecondNextFine = 39;
    public const int PreviousTagFine = 40;
    public const int FineNextFine = 41;
    public const int FineSuffix3 = 42;
    public const int PreviousTagNextFine = 43;
    public const int CasingShape = 44;
    public const int CasingAmbiguity = 45;
    public const int CasingWord = 46;
    public const int CasingFirstShape = 47;

    /// <summary>Number of templates, hence of features per token.</summary>
    public const int Count = CasingFirstShape + 1;

    // Templates only the second pass reads: the first pass's tags of the word and of the words to its right, which a
    // left-to-right tagger cannot see (NN/VB, VBD/VBN, IN/RP and NNP/NN are often decided by the next tag).
    public const int FirstTag = 48;
    public const int FirstNextTag = 49;
    public const int FirstNextTwoTags = 50;
    public const int FirstTagNextTag = 51;
    public const int PreviousTagFirstNextTag = 52;
    public const int WordFirstNextTag = 53;
    public const int Suffix3FirstNextTag = 54;
    public const int FineFirstNextTag = 55;
    public const int AmbiguityFirstTag = 56;
    public const int FirstThirdNextTag = 57;
    public const int WordFirstTag = 58;

    /// <summary>Number of templates of the second pass (<see cref="ExtractStacked"/>).</summary>
    public const int StackedCount = WordFirstTag + 1;

    /// <summary>The "tag" of positions past the sentence end.</summary>
    public const int EndTag = -2;

    // Templates of the UPOS model, which reads the Penn tags of the whole tagged sentence (IN → ADP or SCONJ, VB* → VERB
    // or AUX, NNP → PROPN or not depend on the word and the tags on both sides) and the word's own lexical features,
    // so it can also overrule a wrong Penn tag.
    public const int UposBias = 100;
    public const int UposTag = 101;
    public const int UposTagWord = 102;
    public const int UposWord = 103;
    public const int UposPreviousTag = 104;
    public const int UposNextTag = 105;
    public const int UposTagSuffix3 = 106;
    public const int UposTagNextWord = 107;
    public const int UposTagPreviousWord = 108;
    public const int UposTagFine = 109;
    public const int UposTagNextFine = 110;
    public const int UposForm = 111;
    public const int UposSuffix2 = 112;
    public const int UposSuffix4 = 113;
    public const int UposShape = 114;
    public const int UposCasingShape = 115;
    public const int UposFirstShape = 116;
    public const int UposPreviousWord = 117;
    public const int UposNextWord = 118;
    public const int UposFine = 119;
    public const int UposCoarse = 120;
    public const int UposAmbiguity = 121;
    public const int UposNextTwoTags = 122;
    public const int UposPreviousTwoTags = 123;
    public const int UposPreviousNextTag = 124;
    public const int UposTagCasingShape = 125;
    public const int UposWordNextTag = 126;
    public const int UposTagPreviousFine = 127;
    public const int UposPrefix3 = 128;

    /// <summary>Number of UPOS templates.</summary>
    public const int UposCount = UposPrefix3 - UposBias + 1;

    /// <summary>The "tag" of positions before the sentence start.</summary>
    public const int StartTag = -1;

    /// <summary>Writes the features of token <paramref name="i"/> into <paramref name="output"/> (length ≥ <see cref="Count"/>).</summary>
    /// <param name="ambiguity">Per token, the hash of the set of tags the word took in training (0 when unknown): a look at
    /// what the words to the right can be before they are tagged.</param>
    /// <param name="classes">Per token, its packed <see cref="WordClasses"/>.</param>
    /// <param name="casing">The sentence's <see cref="SentenceCasing"/>.</param>
    public static void Extract(ReadOnlySpan<WordFeatures> words, ReadOnlySpan<ulong> ambiguity, ReadOnlySpan<ulong> classes, int casing, int i, int previousTag, int secondPreviousTag, Span<ulong> output)
    {
        var c0 = classes[i];
        var cp = i > 0 ? classes[i - 1] : 1UL;
        var c1 = i + 1 < words.Length ? classes[i + 1] : 1UL;
        var c2 = i + 2 < words.Length ? classes[i + 2] : 1UL;
        var a0 = ambiguity[i];
        var a1 = i + 1 < words.Length ? ambiguity[i + 1] : 1UL;
        var a2 = i + 2 < words.Length ? ambiguity[i + 2] : 1UL;
        ref readonly var w = ref words[i];
        var prev = i > 0 ? words[i - 1] : WordFeatures.Padding;
        var prev2 = i > 1 ? words[i - 2] : WordFeatures.Padding;
        var next = i + 1 < words.Length ? words[i + 1] : WordFeatures.Padding;
        var next2 = i + 2 < words.Length ? words[i + 2] : WordFeatures.Padding;

        output[Bias] = FeatureHash.Of(Bias, 0);
        output[Word] = One(Word, w.Norm);
        output[Form] = One(Form, w.Form);
        output[Prefix1] = One(Prefix1, w.Prefix1);
        output[Prefix2] = One(Prefix2, w.Prefix2);
        output[Prefix3] = One(Prefix3, w.Prefix3);
        output[Suffix1] = One(Suffix1, w.Suffix1);
        output[Suffix2] = One(Suffix2, w.Suffix2);
        output[Suffix3] = One(Suffix3, w.Suffix3);
        output[Suffix4] = One(Suffix4, w.Suffix4);
        output[Shape] = One(Shape, w.Shape);
        output[PreviousTag] = FeatureHash.Of(PreviousTag, previousTag);
        output[PreviousTwoTags] = FeatureHash.Of(PreviousTwoTags, previousTag, secondPreviousTag);
        output[SecondPreviousTag] = FeatureHash.Of(SecondPreviousTag, secondPreviousTag);
        output[PreviousTagWord] = TagAnd(PreviousTagWord, previousTag, w.Norm);
        output[PreviousWord] = One(PreviousWord, prev.Norm);
        output[SecondPreviousWord] = One(SecondPreviousWord, prev2.Norm);
        output[NextWord] = One(NextWord, next.Norm);
        output[SecondNextWord] = One(SecondNextWord, next2.Norm);
        output[PreviousSuffix3] = One(PreviousSuffix3, prev.Suffix3);
        output[NextSuffix3] = One(NextSuffix3, next.Suffix3);
        output[PreviousShape] = One(PreviousShape, prev.Shape);
        output[NextShape] = One(NextShape, next.Shape);
        output[PreviousWordWord] = Two(PreviousWordWord, prev.Norm, w.Norm);
        output[WordNextWord] = Two(WordNextWord, w.Norm, next.Norm);
        output[FirstShape] = Two(FirstShape, i == 0 ? 1UL : 2UL, w.Shape);
        output[PreviousTagNextWord] = TagAnd(PreviousTagNextWord, previousTag, next.Norm);
        output[NextSuffix1] = One(NextSuffix1, next.Suffix1);
        output[Ambiguity] = One(Ambiguity, a0);
        output[NextAmbiguity] = One(NextAmbiguity, a1);
        output[SecondNextAmbiguity] = Two(SecondNextAmbiguity, a1, a2);
        output[PreviousTagNextAmbiguity] = TagAnd(PreviousTagNextAmbiguity, previousTag, a1);
        output[AmbiguityNextAmbiguity] = Two(AmbiguityNextAmbiguity, a0, a1);
        output[WordNextAmbiguity] = Two(WordNextAmbiguity, w.Norm, a1);
        output[Fine] = One(Fine, WordClasses.FineOf(c0));
        output[Coarse] = One(Coarse, WordClasses.CoarseOf(c0));
        output[PreviousFine] = One(PreviousFine, WordClasses.FineOf(cp));
        output[NextFine] = One(NextFine, WordClasses.FineOf(c1));
        output[NextCoarse] = One(NextCoarse, WordClasses.CoarseOf(c1));
        output[SecondNextFine] = One(SecondNextFine, WordClasses.FineOf(c2));
        output[PreviousTagFine] = TagAnd(PreviousTagFine, previousTag, WordClasses.FineOf(c0));
        output[FineNextFine] = Two(FineNextFine, WordClasses.FineOf(c0), WordClasses.FineOf(c1));
        output[FineSuffix3] = Two(FineSuffix3, WordClasses.FineOf(c0), w.Suffix3);
        output[PreviousTagNextFine] = TagAnd(PreviousTagNextFine, previousTag, WordClasses.FineOf(c1));
        output[CasingShape] = TagAnd(CasingShape, casing, w.Shape);
        output[CasingAmbiguity] = TagAnd(CasingAmbiguity, casing, a0);
        output[CasingWord] = TagAnd(CasingWord, casing, w.Norm);
        output[CasingFirstShape] = TagAnd(CasingFirstShape, (casing * 2) + (i == 0 ? 1 : 0), next.Shape);
    }

    /// <summary>
    /// The second pass's features (length ≥ <see cref="StackedCount"/>): <see cref="Extract"/>'s, with its own previous
    /// predictions as history, plus the first pass's tags (<paramref name="firstPass"/>) of the word and the next three.
    /// </summary>
    public static void ExtractStacked(ReadOnlySpan<WordFeatures> words, ReadOnlySpan<ulong> ambiguity, ReadOnlySpan<ulong> classes, int casing, int i, int previousTag, int secondPreviousTag,
        ReadOnlySpan<int> firstPass, Span<ulong> output)
    {
        Extract(words, ambiguity, classes, casing, i, previousTag, secondPreviousTag, output);
        var n = words.Length;
        var t0 = firstPass[i];
        var t1 = i + 1 < n ? firstPass[i + 1] : EndTag;
        var t2 = i + 2 < n ? firstPass[i + 2] : EndTag;
        var t3 = i + 3 < n ? firstPass[i + 3] : EndTag;
        ref readonly var w = ref words[i];
        output[FirstTag] = FeatureHash.Of(FirstTag, t0);
        output[FirstNextTag] = FeatureHash.Of(FirstNextTag, t1);
        output[FirstNextTwoTags] = FeatureHash.Of(FirstNextTwoTags, t1, t2);
        output[FirstTagNextTag] = FeatureHash.Of(FirstTagNextTag, t0, t1);
        output[PreviousTagFirstNextTag] = FeatureHash.Of(PreviousTagFirstNextTag, previousTag, t1);
        output[WordFirstNextTag] = TagAnd(WordFirstNextTag, t1, w.Norm);
        output[Suffix3FirstNextTag] = TagAnd(Suffix3FirstNextTag, t1, w.Suffix3);
        output[FineFirstNextTag] = TagAnd(FineFirstNextTag, t1, WordClasses.FineOf(classes[i]));
        output[AmbiguityFirstTag] = TagAnd(AmbiguityFirstTag, t0, ambiguity[i]);
        output[FirstThirdNextTag] = FeatureHash.End(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Begin(FirstThirdNextTag), t1), t2), t3));
        output[WordFirstTag] = TagAnd(WordFirstTag, t0, w.Norm);
    }

    /// <summary>
    /// How a sentence uses capitals, from its letters-only tokens after the first: 0 none capitalised, 1 a few
    /// (ordinary prose with names), 2 most (headline or title case), 3 all in capitals, 4 too few words to tell.
    /// A capitalised word means a name in prose but not in a headline, where most tagging errors are NNP/NN confusions.
    /// </summary>
    public static int SentenceCasing(ReadOnlySpan<WordFeatures> words)
    {
        int letters = 0, capitalised = 0, upper = 0;
        for (var i = 1; i < words.Length; i++)
        {
            var kind = words[i].Capitalisation;
            if (kind == 0)
            {
                continue;
            }

            letters++;
            capitalised += kind >= 2 ? 1 : 0;
            upper += kind == 3 ? 1 : 0;
        }

        return letters < 2 ? 4 : upper == letters ? 3 : capitalised * 2 > letters ? 2 : capitalised > 0 ? 1 : 0;
    }

    /// <summary>Writes the UPOS features of token <paramref name="i"/>, given the Penn tags of the whole sentence.</summary>
    public static void ExtractUpos(ReadOnlySpan<WordFeatures> words, ReadOnlySpan<ulong> ambiguity, ReadOnlySpan<ulong> classes, int casing, ReadOnlySpan<int> tags, int i,
        Span<ulong> output)
    {
        var n = words.Length;
        ref readonly var w = ref words[i];
        var tag = tags[i];
        var previousTag = i > 0 ? tags[i - 1] : StartTag;
        var secondPreviousTag = i > 1 ? tags[i - 2] : StartTag;
        var nextTag = i + 1 < n ? tags[i + 1] : EndTag;
        var secondNextTag = i + 2 < n ? tags[i + 2] : EndTag;
        var prev = i > 0 ? words[i - 1] : WordFeatures.Padding;
        var next = i + 1 < n ? words[i + 1] : WordFeatures.Padding;
        var fine = WordClasses.FineOf(classes[i]);
        output[0] = FeatureHash.Of(UposBias, 0);
        output[1] = FeatureHash.Of(UposTag, tag);
        output[2] = TagAnd(UposTagWord, tag, w.Norm);
        output[3] = One(UposWord, w.Norm);
        output[4] = FeatureHash.Of(UposPreviousTag, previousTag, tag);
        output[5] = FeatureHash.Of(UposNextTag, tag, nextTag);
        output[6] = TagAnd(UposTagSuffix3, tag, w.Suffix3);
        output[7] = TagAnd(UposTagNextWord, tag, next.Norm);
        output[8] = TagAnd(UposTagPreviousWord, tag, prev.Norm);
        output[9] = TagAnd(UposTagFine, tag, fine);
        output[10] = TagAnd(UposTagNextFine, tag, WordClasses.FineOf(i + 1 < n ? classes[i + 1] : 1UL));
        output[11] = One(UposForm, w.Form);
        output[12] = One(UposSuffix2, w.Suffix2);
        output[13] = One(UposSuffix4, w.Suffix4);
        output[14] = One(UposShape, w.Shape);
        output[15] = TagAnd(UposCasingShape, casing, w.Shape);
        output[16] = TagAnd(UposFirstShape, (casing * 2) + (i == 0 ? 1 : 0), w.Shape);
        output[17] = One(UposPreviousWord, prev.Norm);
        output[18] = One(UposNextWord, next.Norm);
        output[19] = One(UposFine, fine);
        output[20] = One(UposCoarse, WordClasses.CoarseOf(classes[i]));
        output[21] = One(UposAmbiguity, ambiguity[i]);
        output[22] = FeatureHash.End(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Begin(UposNextTwoTags), tag), nextTag), secondNextTag));
        output[23] = FeatureHash.End(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Begin(UposPreviousTwoTags), secondPreviousTag), previousTag), tag));
        output[24] = FeatureHash.End(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Begin(UposPreviousNextTag), previousTag), tag), nextTag));
        output[25] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Add(FeatureHash.Add(FeatureHash.Begin(UposTagCasingShape), tag), casing), w.Shape));
        output[26] = TagAnd(UposWordNextTag, nextTag, w.Norm);
        output[27] = TagAnd(UposTagPreviousFine, tag, WordClasses.FineOf(i > 0 ? classes[i - 1] : 1UL));
        output[28] = One(UposPrefix3, w.Prefix3);
    }

    private static ulong TagAnd(int template, int tag, ulong value) =>
        FeatureHash.End(FeatureHash.Combine(FeatureHash.Add(FeatureHash.Begin(template), tag), value));

    private static ulong One(int template, ulong value) => FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(template), value));

    private static ulong Two(int template, ulong first, ulong second) =>
        FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(template), first), second));
}
