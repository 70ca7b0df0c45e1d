using System.Collections.Immutable;
using Chronicle.Learning;

namespace Chronicle.Parsing;

/// <summary>
/// The parser's transition feature templates, after Zhang &amp; Nivre (2011) adapted to arc-hybrid: words, tags and
/// labels of the stack (S0–S2), the buffer (B0–B2) and the left/right-most children, distance, valency and label sets.
/// A new feature set only appends templates (and bumps <see cref="Version"/>): a model of an older set, from
/// <see cref="OldestVersion"/> on, reads the first <see cref="CountOf"/> features and parses as it did; changing an
/// existing template changes every model, so it must raise <see cref="OldestVersion"/> too.
/// The file is long because it is one table: every template id next to the line that computes it, under one version.
/// </summary>
public static class ParserFeatures
{
    public const int Version = 5;

    /// <summary>The oldest feature set whose models this build still parses with.</summary>
    public const int OldestVersion = 4;

    public const int S0Word = 0;
    public const int S0Tag = 1;
    public const int S0WordTag = 2;
    public const int B0Word = 3;
    public const int B0Tag = 4;
    public const int B0WordTag = 5;
    public const int B1Word = 6;
    public const int B1Tag = 7;
    public const int B1WordTag = 8;
    public const int B2Word = 9;
    public const int B2Tag = 10;
    public const int S1Word = 11;
    public const int S1Tag = 12;
    public const int S1WordTag = 13;
    public const int S2Tag = 14;
    public const int S0WordTagB0WordTag = 15;
    public const int S0WordTagB0Word = 16;
    public const int S0WordB0WordTag = 17;
    public const int S0WordTagB0Tag = 18;
    public const int S0TagB0WordTag = 19;
    public const int S0WordB0Word = 20;
    public const int S0TagB0Tag = 21;
    public const int B0TagB1Tag = 22;
    public const int S1WordS0Word = 23;
    public const int S1TagS0Tag = 24;
    public const int S1WordTagS0WordTag = 25;
    public const int S1TagS0WordTag = 26;
    public const int S1WordTagS0Tag = 27;
    public const int S1TagB0Tag = 28;
    public const int B0TagB1TagB2Tag = 29;
    public const int S0TagB0TagB1Tag = 30;
    public const int S1TagS0TagB0Tag = 31;
    public const int S0TagS0LeftTagB0Tag = 32;
    public const int S0TagS0RightTagB0Tag = 33;
    public const int S0TagB0TagB0LeftTag = 34;
    public const int S1TagS0TagS0LeftTag = 35;
    public const int S1TagS1RightTagS0Tag = 36;
    public const int S0TagS1TagS2Tag = 37;
    public const int S0TagS0LeftTagS0Left2Tag = 38;
    public const int S0TagS0RightTagS0Right2Tag = 39;
    public const int B0TagB0LeftTagB0Left2Tag = 40;
    public const int S0WordDistance = 41;
    public const int S0TagDistance = 42;
    public const int B0WordDistance = 43;
    public const int B0TagDistance = 44;
    public const int S0WordB0WordDistance = 45;
    public const int S0TagB0TagDistance = 46;
    public const int S1TagS0TagDistance = 47;
    public const int S0WordRightValency = 48;
    public const int S0TagRightValency = 49;
    public const int S0WordLeftValency = 50;
    public const int S0TagLeftValency = 51;
    public const int B0WordLeftValency = 52;
    public const int B0TagLeftValency = 53;
    public const int S0LeftWord = 54;
    public const int S0LeftTag = 55;
    public const int S0LeftLabel = 56;
    public const int S0RightWord = 57;
    public const int S0RightTag = 58;
    public const int S0RightLabel = 59;
    public const int B0LeftWord = 60;
    public const int B0LeftTag = 61;
    public const int B0LeftLabel = 62;
    public const int S1RightTag = 63;
    public const int S1RightLabel = 64;
    public const int S1LeftLabel = 65;
    public const int S0Left2Word = 66;
    public const int S0Left2Tag = 67;
    public const int S0Left2Label = 68;
    public const int S0Right2Word = 69;
    public const int S0Right2Tag = 70;
    public const int S0Right2Label = 71;
    public const int B0Left2Word = 72;
    public const int B0Left2Tag = 73;
    public const int B0Left2Label = 74;
    public const int S0TagS0LeftLabelS0Left2Label = 75;
    public const int S0TagS0RightLabelS0Right2Label = 76;
    public const int B0TagB0LeftLabelB0Left2Label = 77;
    public const int S0WordLeftLabelSet = 78;
    public const int S0TagLeftLabelSet = 79;
    public const int S0WordRightLabelSet = 80;
    public const int S0TagRightLabelSet = 81;
    public const int B0WordLeftLabelSet = 82;
    public const int B0TagLeftLabelSet = 83;
    public const int S1TagRightLabelSet = 84;
    public const int S0TagS0RightLabelB0Tag = 85;
    public const int S1WordS0TagB0Tag = 86;
    public const int S0WordS1TagB0Tag = 87;
    public const int S0TagS1TagB0Word = 88;
    public const int S0PreviousTagS0Tag = 89;
    public const int S0TagS0NextTag = 90;
    public const int B0PreviousTagB0Tag = 91;
    public const int S0TagS0NextTagB0Tag = 92;
    public const int B0WordB1Word = 93;
    public const int S0WordB0TagB1Tag = 94;
    public const int S0TagB0TagB1TagB2Tag = 95;
    public const int S1WordS0WordB0Tag = 96;

    // Word-class templates (Koo, Carreras &amp; Collins 2008): the classes of words the treebanks never showed.
    public const int S0Fine = 97;
    public const int B0Fine = 98;
    public const int B1Fine = 99;
    public const int S1Fine = 100;
    public const int S0FineB0Tag = 101;
    public const int S0TagB0Fine = 102;
    public const int S0CoarseB0Coarse = 103;
    public const int S0FineB0Fine = 104;
    public const int S1CoarseS0Coarse = 105;
    public const int S0TagS0CoarseB0TagB0Coarse = 106;
    public const int B0FineB1Tag = 107;
    public const int S0LeftFineS0Tag = 108;

    // Feature set 4: the S1–B0 pair (in arc-hybrid, S0 attaches either to S1 or to B0), what lies between the
    // words (commas and verbs: a clause boundary, see ParseState.Between), and the labels already attached to one
    // candidate combined with the other. Together +1 UAS on EWT dev with predicted tags (models/README.md).
    public const int B3Tag = 109;
    public const int S1WordB0Word = 110;
    public const int S1WordTagB0Tag = 111;
    public const int S1TagB0WordTag = 112;
    public const int S1TagS0TagBetween = 113;
    public const int S0TagB0TagBetween = 114;
    public const int S1TagB0TagBetween = 115;
    public const int S0WordB0Fine = 116;
    public const int S0FineB0Word = 117;
    public const int S1TagS1LeftTagS0Tag = 118;
    public const int S0TagLeftLabelSetB0Tag = 119;
    public const int S0TagRightLabelSetB0Tag = 120;
    public const int B0TagLeftLabelSetS0Tag = 121;
    public const int S1TagRightLabelSetS0Tag = 122;
    public const int S1TagS0TagB0TagB1Tag = 123;
    public const int S1TagS0TagB0TagBetween = 124;
    public const int S0WordS0B0Between = 125;
    public const int S1WordS1S0Between = 126;
    public const int S1TagB0TagDistance = 127;
    public const int S1CoarseS0CoarseB0Coarse = 128;
    public const int S2TagS1TagB0Tag = 129;
    public const int S0TagLabelSetsB0Tag = 130;
    public const int B0TagLeftLabelSetS1Tag = 131;

    // Feature set 5: the universal POS and lemmas (ParseState.Upos/Lemma) beside the Penn tags. The tagger's UPOS is
    // more accurate than its Penn tags (it is a second model reading them), and a lemma is the same for the forms a
    // tagger confuses (VBD/VBN), so these back the parser up where a Penn tag is wrong.
    public const int S0Upos = 132;
    public const int S1Upos = 133;
    public const int B0Upos = 134;
    public const int B1Upos = 135;
    public const int S0UposB0Upos = 136;
    public const int S1UposS0Upos = 137;
    public const int S1UposB0Upos = 138;
    public const int S0WordUpos = 139;
    public const int B0WordUpos = 140;
    public const int S0WordB0Upos = 141;
    public const int S0UposB0Word = 142;
    public const int S1UposS0UposB0Upos = 143;
    public const int B0UposB1Upos = 144;
    public const int S0UposB0UposBetween = 145;
    public const int S0Lemma = 146;
    public const int B0Lemma = 147;
    public const int S1Lemma = 148;
    public const int S0LemmaB0Upos = 149;
    public const int S0UposB0Lemma = 150;
    public const int S1LemmaS0Upos = 151;
    public const int S0LemmaB0Lemma = 152;
    public const int S0UposB0UposB1Upos = 153;
    public const int B0UposB1UposB2Upos = 154;
    public const int S0UposS0LeftUposB0Upos = 155;
    public const int S0UposLabelSetsB0Upos = 156;
    public const int B0UposLeftLabelSetS0Upos = 157;
    public const int S1UposRightLabelSetS0Upos = 158;
    public const int S1UposB0UposBetween = 159;
    public const int S1UposS0UposBetween = 160;
    public const int S0UposB0UposDistance = 161;
    public const int S2UposS1UposB0Upos = 162;

    /// <summary>Number of templates, hence of features per parser state.</summary>
    public const int Count = S2UposS1UposB0Upos + 1;

    /// <summary>Number of transition templates a model of feature set <paramref name="version"/> reads.</summary>
    public static int CountOf(int version) => version switch
    {
        4 => B0TagLeftLabelSetS1Tag + 1,
        _ => Count,
    };

    /// <summary>Number of label templates a model of feature set <paramref name="version"/> reads.</summary>
    public static int LabelCountOf(int version) => version switch
    {
        4 => LabelHeadTagDepFine + 1,
        _ => LabelCount,
    };

    /// <summary>The value of a missing word, tag or label.</summary>
    public const ulong None = 0x4E4F_4E45UL;

    private static readonly ulong Comma = DependencyParser.TagValue(",");
    private static readonly ulong Colon = DependencyParser.TagValue(":");
    private static readonly ImmutableArray<ulong> VerbTags = [.. new[] { "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD" }.Select(t => DependencyParser.TagValue(t))];

    /// <summary>Whether the tag hash is a comma or colon (Penn), which often ends a clause or phrase.</summary>
    public static bool IsClausePunctuation(ulong tag) => tag == Comma || tag == Colon;

    /// <summary>Whether the tag hash is a Penn verb or modal tag.</summary>
    public static bool IsVerb(ulong tag) => VerbTags.Contains(tag);

    /// <summary>
    /// Writes the features of <paramref name="state"/>: all <see cref="Count"/> of them, or only the first
    /// <see cref="CountOf"/>(4) when <paramref name="output"/> is that long (a feature-set-4 model reads no more).
    /// </summary>
    /// <param name="words">Per word (and the root at <see cref="ParseState.Root"/>), the hash of its normalised form.</param>
    /// <param name="tags">Per word (and the root), the hash of its Penn tag.</param>
    /// <param name="classes">Per word (and the root), its packed <see cref="Tagging.WordClasses"/>.</param>
    public static void Extract(ParseState state, ReadOnlySpan<ulong> words, ReadOnlySpan<ulong> tags, ReadOnlySpan<ulong> classes, Span<ulong> output)
    {
        var s0 = state.Stack(0);
        var s1 = state.Stack(1);
        var s2 = state.Stack(2);
        var b0 = state.BufferAt(0);
        var b1 = state.BufferAt(1);
        var b2 = state.BufferAt(2);
        var s0l = state.LeftMost(s0);
        var s0l2 = state.SecondLeftMost(s0);
        var s0r = state.RightMost(s0);
        var s0r2 = state.SecondRightMost(s0);
        var b0l = state.LeftMost(b0);
        var b0l2 = state.SecondLeftMost(b0);
        var s1l = state.LeftMost(s1);
        var s1r = state.RightMost(s1);
        var distance = s0 >= 0 && b0 >= 0 ? (ulong)Math.Min(b0 - s0, 10) : 0;
        var stackDistance = s0 >= 0 && s1 >= 0 ? (ulong)Math.Min(s0 - s1, 10) : 0;

        output[S0Word] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(S0Word), W(words, s0)));
        output[S0Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(S0Tag), T(tags, s0)));
        output[S0WordTag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0WordTag), W(words, s0)), T(tags, s0)));
        output[B0Word] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(B0Word), W(words, b0)));
        output[B0Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(B0Tag), T(tags, b0)));
        output[B0WordTag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(B0WordTag), W(words, b0)), T(tags, b0)));
        output[B1Word] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(B1Word), W(words, b1)));
        output[B1Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(B1Tag), T(tags, b1)));
        output[B1WordTag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(B1WordTag), W(words, b1)), T(tags, b1)));
        output[B2Word] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(B2Word), W(words, b2)));
        output[B2Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(B2Tag), T(tags, b2)));
        output[S1Word] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(S1Word), W(words, s1)));
        output[S1Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(S1Tag), T(tags, s1)));
        output[S1WordTag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S1WordTag), W(words, s1)), T(tags, s1)));
        output[S2Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(S2Tag), T(tags, s2)));
        output[S0WordTagB0WordTag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0WordTagB0WordTag), W(words, s0)), T(tags, s0)), W(words, b0)), T(tags, b0)));
        output[S0WordTagB0Word] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0WordTagB0Word), W(words, s0)), T(tags, s0)), W(words, b0)));
        output[S0WordB0WordTag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0WordB0WordTag), W(words, s0)), W(words, b0)), T(tags, b0)));
        output[S0WordTagB0Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0WordTagB0Tag), W(words, s0)), T(tags, s0)), T(tags, b0)));
        output[S0TagB0WordTag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0TagB0WordTag), T(tags, s0)), W(words, b0)), T(tags, b0)));
        output[S0WordB0Word] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0WordB0Word), W(words, s0)), W(words, b0)));
        output[S0TagB0Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0TagB0Tag), T(tags, s0)), T(tags, b0)));
        output[B0TagB1Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(B0TagB1Tag), T(tags, b0)), T(tags, b1)));
        output[S1WordS0Word] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S1WordS0Word), W(words, s1)), W(words, s0)));
        output[S1TagS0Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S1TagS0Tag), T(tags, s1)), T(tags, s0)));
        output[S1WordTagS0WordTag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S1WordTagS0WordTag), W(words, s1)), T(tags, s1)), W(words, s0)), T(tags, s0)));
        output[S1TagS0WordTag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S1TagS0WordTag), T(tags, s1)), W(words, s0)), T(tags, s0)));
        output[S1WordTagS0Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S1WordTagS0Tag), W(words, s1)), T(tags, s1)), T(tags, s0)));
        output[S1TagB0Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S1TagB0Tag), T(tags, s1)), T(tags, b0)));
        output[B0TagB1TagB2Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(B0TagB1TagB2Tag), T(tags, b0)), T(tags, b1)), T(tags, b2)));
        output[S0TagB0TagB1Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0TagB0TagB1Tag), T(tags, s0)), T(tags, b0)), T(tags, b1)));
        output[S1TagS0TagB0Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S1TagS0TagB0Tag), T(tags, s1)), T(tags, s0)), T(tags, b0)));
        output[S0TagS0LeftTagB0Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0TagS0LeftTagB0Tag), T(tags, s0)), T(tags, s0l)), T(tags, b0)));
        output[S0TagS0RightTagB0Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0TagS0RightTagB0Tag), T(tags, s0)), T(tags, s0r)), T(tags, b0)));
        output[S0TagB0TagB0LeftTag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0TagB0TagB0LeftTag), T(tags, s0)), T(tags, b0)), T(tags, b0l)));
        output[S1TagS0TagS0LeftTag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S1TagS0TagS0LeftTag), T(tags, s1)), T(tags, s0)), T(tags, s0l)));
        output[S1TagS1RightTagS0Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S1TagS1RightTagS0Tag), T(tags, s1)), T(tags, s1r)), T(tags, s0)));
        output[S0TagS1TagS2Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0TagS1TagS2Tag), T(tags, s0)), T(tags, s1)), T(tags, s2)));
        output[S0TagS0LeftTagS0Left2Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0TagS0LeftTagS0Left2Tag), T(tags, s0)), T(tags, s0l)), T(tags, s0l2)));
        output[S0TagS0RightTagS0Right2Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0TagS0RightTagS0Right2Tag), T(tags, s0)), T(tags, s0r)), T(tags, s0r2)));
        output[B0TagB0LeftTagB0Left2Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(B0TagB0LeftTagB0Left2Tag), T(tags, b0)), T(tags, b0l)), T(tags, b0l2)));
        output[S0WordDistance] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0WordDistance), W(words, s0)), distance));
        output[S0TagDistance] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0TagDistance), T(tags, s0)), distance));
        output[B0WordDistance] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(B0WordDistance), W(words, b0)), distance));
        output[B0TagDistance] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(B0TagDistance), T(tags, b0)), distance));
        output[S0WordB0WordDistance] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0WordB0WordDistance), W(words, s0)), W(words, b0)), distance));
        output[S0TagB0TagDistance] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0TagB0TagDistance), T(tags, s0)), T(tags, b0)), distance));
        output[S1TagS0TagDistance] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S1TagS0TagDistance), T(tags, s1)), T(tags, s0)), stackDistance));
        output[S0WordRightValency] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0WordRightValency), W(words, s0)), V(state.RightCount(s0))));
        output[S0TagRightValency] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0TagRightValency), T(tags, s0)), V(state.RightCount(s0))));
        output[S0WordLeftValency] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0WordLeftValency), W(words, s0)), V(state.LeftCount(s0))));
        output[S0TagLeftValency] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0TagLeftValency), T(tags, s0)), V(state.LeftCount(s0))));
        output[B0WordLeftValency] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(B0WordLeftValency), W(words, b0)), V(state.LeftCount(b0))));
        output[B0TagLeftValency] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(B0TagLeftValency), T(tags, b0)), V(state.LeftCount(b0))));
        output[S0LeftWord] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(S0LeftWord), W(words, s0l)));
        output[S0LeftTag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(S0LeftTag), T(tags, s0l)));
        output[S0LeftLabel] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(S0LeftLabel), L(state, s0l)));
        output[S0RightWord] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(S0RightWord), W(words, s0r)));
        output[S0RightTag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(S0RightTag), T(tags, s0r)));
        output[S0RightLabel] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(S0RightLabel), L(state, s0r)));
        output[B0LeftWord] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(B0LeftWord), W(words, b0l)));
        output[B0LeftTag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(B0LeftTag), T(tags, b0l)));
        output[B0LeftLabel] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(B0LeftLabel), L(state, b0l)));
        output[S1RightTag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(S1RightTag), T(tags, s1r)));
        output[S1RightLabel] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(S1RightLabel), L(state, s1r)));
        output[S1LeftLabel] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(S1LeftLabel), L(state, s1l)));
        output[S0Left2Word] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(S0Left2Word), W(words, s0l2)));
        output[S0Left2Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(S0Left2Tag), T(tags, s0l2)));
        output[S0Left2Label] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(S0Left2Label), L(state, s0l2)));
        output[S0Right2Word] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(S0Right2Word), W(words, s0r2)));
        output[S0Right2Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(S0Right2Tag), T(tags, s0r2)));
        output[S0Right2Label] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(S0Right2Label), L(state, s0r2)));
        output[B0Left2Word] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(B0Left2Word), W(words, b0l2)));
        output[B0Left2Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(B0Left2Tag), T(tags, b0l2)));
        output[B0Left2Label] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(B0Left2Label), L(state, b0l2)));
        output[S0TagS0LeftLabelS0Left2Label] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0TagS0LeftLabelS0Left2Label), T(tags, s0)), L(state, s0l)), L(state, s0l2)));
        output[S0TagS0RightLabelS0Right2Label] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0TagS0RightLabelS0Right2Label), T(tags, s0)), L(state, s0r)), L(state, s0r2)));
        output[B0TagB0LeftLabelB0Left2Label] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(B0TagB0LeftLabelB0Left2Label), T(tags, b0)), L(state, b0l)), L(state, b0l2)));
        output[S0WordLeftLabelSet] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0WordLeftLabelSet), W(words, s0)), state.LeftLabels(s0)));
        output[S0TagLeftLabelSet] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0TagLeftLabelSet), T(tags, s0)), state.LeftLabels(s0)));
        output[S0WordRightLabelSet] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0WordRightLabelSet), W(words, s0)), state.RightLabels(s0)));
        output[S0TagRightLabelSet] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0TagRightLabelSet), T(tags, s0)), state.RightLabels(s0)));
        output[B0WordLeftLabelSet] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(B0WordLeftLabelSet), W(words, b0)), state.LeftLabels(b0)));
        output[B0TagLeftLabelSet] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(B0TagLeftLabelSet), T(tags, b0)), state.LeftLabels(b0)));
        output[S1TagRightLabelSet] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S1TagRightLabelSet), T(tags, s1)), state.RightLabels(s1)));
        output[S0TagS0RightLabelB0Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0TagS0RightLabelB0Tag), T(tags, s0)), L(state, s0r)), T(tags, b0)));
        output[S1WordS0TagB0Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S1WordS0TagB0Tag), W(words, s1)), T(tags, s0)), T(tags, b0)));
        output[S0WordS1TagB0Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0WordS1TagB0Tag), T(tags, s1)), W(words, s0)), T(tags, b0)));
        output[S0TagS1TagB0Word] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0TagS1TagB0Word), T(tags, s1)), T(tags, s0)), W(words, b0)));
        output[S0PreviousTagS0Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0PreviousTagS0Tag), T(tags, s0 > 0 ? s0 - 1 : -1)), T(tags, s0)));
        output[S0TagS0NextTag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0TagS0NextTag), T(tags, s0)), T(tags, s0 >= 0 && s0 + 1 < b0 ? s0 + 1 : -1)));
        output[B0PreviousTagB0Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(B0PreviousTagB0Tag), T(tags, b0 > 0 ? b0 - 1 : -1)), T(tags, b0)));
        output[S0TagS0NextTagB0Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0TagS0NextTagB0Tag), T(tags, s0)), T(tags, s0 >= 0 && s0 + 1 < b0 ? s0 + 1 : -1)), T(tags, b0)));
        output[B0WordB1Word] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(B0WordB1Word), W(words, b0)), W(words, b1)));
        output[S0WordB0TagB1Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0WordB0TagB1Tag), W(words, s0)), T(tags, b0)), T(tags, b1)));
        output[S0TagB0TagB1TagB2Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0TagB0TagB1TagB2Tag), T(tags, s0)), T(tags, b0)), T(tags, b1)), T(tags, b2)));
        output[S1WordS0WordB0Tag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S1WordS0WordB0Tag), W(words, s1)), W(words, s0)), T(tags, b0)));
        output[S0Fine] = One(S0Fine, F(classes, s0));
        output[B0Fine] = One(B0Fine, F(classes, b0));
        output[B1Fine] = One(B1Fine, F(classes, b1));
        output[S1Fine] = One(S1Fine, F(classes, s1));
        output[S0FineB0Tag] = Two(S0FineB0Tag, F(classes, s0), T(tags, b0));
        output[S0TagB0Fine] = Two(S0TagB0Fine, T(tags, s0), F(classes, b0));
        output[S0CoarseB0Coarse] = Two(S0CoarseB0Coarse, C(classes, s0), C(classes, b0));
        output[S0FineB0Fine] = Two(S0FineB0Fine, F(classes, s0), F(classes, b0));
        output[S1CoarseS0Coarse] = Two(S1CoarseS0Coarse, C(classes, s1), C(classes, s0));
        output[S0TagS0CoarseB0TagB0Coarse] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(S0TagS0CoarseB0TagB0Coarse), T(tags, s0)), C(classes, s0)), T(tags, b0)), C(classes, b0)));
        output[B0FineB1Tag] = Two(B0FineB1Tag, F(classes, b0), T(tags, b1));
        output[S0LeftFineS0Tag] = Two(S0LeftFineS0Tag, F(classes, s0l), T(tags, s0));
        output[B3Tag] = One(B3Tag, T(tags, state.BufferAt(3)));
        output[S1WordB0Word] = Two(S1WordB0Word, W(words, s1), W(words, b0));
        output[S1WordTagB0Tag] = Three(S1WordTagB0Tag, W(words, s1), T(tags, s1), T(tags, b0));
        output[S1TagB0WordTag] = Three(S1TagB0WordTag, T(tags, s1), W(words, b0), T(tags, b0));
        output[S1TagS0TagBetween] = Three(S1TagS0TagBetween, T(tags, s1), T(tags, s0), state.Between(s1, s0));
        output[S0TagB0TagBetween] = Three(S0TagB0TagBetween, T(tags, s0), T(tags, b0), state.Between(s0, b0));
        output[S1TagB0TagBetween] = Three(S1TagB0TagBetween, T(tags, s1), T(tags, b0), state.Between(s1, b0));
        output[S0WordB0Fine] = Two(S0WordB0Fine, W(words, s0), F(classes, b0));
        output[S0FineB0Word] = Two(S0FineB0Word, F(classes, s0), W(words, b0));
        output[S1TagS1LeftTagS0Tag] = Three(S1TagS1LeftTagS0Tag, T(tags, s1), T(tags, s1l), T(tags, s0));
        output[S0TagLeftLabelSetB0Tag] = Three(S0TagLeftLabelSetB0Tag, T(tags, s0), state.LeftLabels(s0), T(tags, b0));
        output[S0TagRightLabelSetB0Tag] = Three(S0TagRightLabelSetB0Tag, T(tags, s0), state.RightLabels(s0), T(tags, b0));
        output[B0TagLeftLabelSetS0Tag] = Three(B0TagLeftLabelSetS0Tag, T(tags, b0), state.LeftLabels(b0), T(tags, s0));
        output[S1TagRightLabelSetS0Tag] = Three(S1TagRightLabelSetS0Tag, T(tags, s1), state.RightLabels(s1), T(tags, s0));
        output[S1TagS0TagB0TagB1Tag] = Four(S1TagS0TagB0TagB1Tag, T(tags, s1), T(tags, s0), T(tags, b0), T(tags, b1));
        output[S1TagS0TagB0TagBetween] = Four(S1TagS0TagB0TagBetween, T(tags, s1), T(tags, s0), T(tags, b0), state.Between(s1, b0));
        output[S0WordS0B0Between] = Two(S0WordS0B0Between, W(words, s0), state.Between(s0, b0));
        output[S1WordS1S0Between] = Two(S1WordS1S0Between, W(words, s1), state.Between(s1, s0));
        output[S1TagB0TagDistance] = Three(S1TagB0TagDistance, T(tags, s1), T(tags, b0), s1 >= 0 && b0 >= 0 ? (ulong)Math.Min(b0 - s1, 15) : 0);
        output[S1CoarseS0CoarseB0Coarse] = Three(S1CoarseS0CoarseB0Coarse, C(classes, s1), C(classes, s0), C(classes, b0));
        output[S2TagS1TagB0Tag] = Three(S2TagS1TagB0Tag, T(tags, s2), T(tags, s1), T(tags, b0));
        output[S0TagLabelSetsB0Tag] = Four(S0TagLabelSetsB0Tag, T(tags, s0), state.LeftLabels(s0), state.RightLabels(s0), T(tags, b0));
        output[B0TagLeftLabelSetS1Tag] = Three(B0TagLeftLabelSetS1Tag, T(tags, b0), state.LeftLabels(b0), T(tags, s1));
        if (output.Length <= S0Upos)
        {
            return; // a feature-set-4 model's output: it reads none of the rest
        }

        output[S0Upos] = One(S0Upos, state.Upos(s0));
        output[S1Upos] = One(S1Upos, state.Upos(s1));
        output[B0Upos] = One(B0Upos, state.Upos(b0));
        output[B1Upos] = One(B1Upos, state.Upos(b1));
        output[S0UposB0Upos] = Two(S0UposB0Upos, state.Upos(s0), state.Upos(b0));
        output[S1UposS0Upos] = Two(S1UposS0Upos, state.Upos(s1), state.Upos(s0));
        output[S1UposB0Upos] = Two(S1UposB0Upos, state.Upos(s1), state.Upos(b0));
        output[S0WordUpos] = Two(S0WordUpos, W(words, s0), state.Upos(s0));
        output[B0WordUpos] = Two(B0WordUpos, W(words, b0), state.Upos(b0));
        output[S0WordB0Upos] = Two(S0WordB0Upos, W(words, s0), state.Upos(b0));
        output[S0UposB0Word] = Two(S0UposB0Word, state.Upos(s0), W(words, b0));
        output[S1UposS0UposB0Upos] = Three(S1UposS0UposB0Upos, state.Upos(s1), state.Upos(s0), state.Upos(b0));
        output[B0UposB1Upos] = Two(B0UposB1Upos, state.Upos(b0), state.Upos(b1));
        output[S0UposB0UposBetween] = Three(S0UposB0UposBetween, state.Upos(s0), state.Upos(b0), state.Between(s0, b0));
        output[S0Lemma] = One(S0Lemma, state.Lemma(s0));
        output[B0Lemma] = One(B0Lemma, state.Lemma(b0));
        output[S1Lemma] = One(S1Lemma, state.Lemma(s1));
        output[S0LemmaB0Upos] = Two(S0LemmaB0Upos, state.Lemma(s0), state.Upos(b0));
        output[S0UposB0Lemma] = Two(S0UposB0Lemma, state.Upos(s0), state.Lemma(b0));
        output[S1LemmaS0Upos] = Two(S1LemmaS0Upos, state.Lemma(s1), state.Upos(s0));
        output[S0LemmaB0Lemma] = Two(S0LemmaB0Lemma, state.Lemma(s0), state.Lemma(b0));
        output[S0UposB0UposB1Upos] = Three(S0UposB0UposB1Upos, state.Upos(s0), state.Upos(b0), state.Upos(b1));
        output[B0UposB1UposB2Upos] = Three(B0UposB1UposB2Upos, state.Upos(b0), state.Upos(b1), state.Upos(b2));
        output[S0UposS0LeftUposB0Upos] = Three(S0UposS0LeftUposB0Upos, state.Upos(s0), state.Upos(s0l), state.Upos(b0));
        output[S0UposLabelSetsB0Upos] = Four(S0UposLabelSetsB0Upos, state.Upos(s0), state.LeftLabels(s0), state.RightLabels(s0), state.Upos(b0));
        output[B0UposLeftLabelSetS0Upos] = Three(B0UposLeftLabelSetS0Upos, state.Upos(b0), state.LeftLabels(b0), state.Upos(s0));
        output[S1UposRightLabelSetS0Upos] = Three(S1UposRightLabelSetS0Upos, state.Upos(s1), state.RightLabels(s1), state.Upos(s0));
        output[S1UposB0UposBetween] = Three(S1UposB0UposBetween, state.Upos(s1), state.Upos(b0), state.Between(s1, b0));
        output[S1UposS0UposBetween] = Three(S1UposS0UposBetween, state.Upos(s1), state.Upos(s0), state.Between(s1, s0));
        output[S0UposB0UposDistance] = Three(S0UposB0UposDistance, state.Upos(s0), state.Upos(b0), distance);
        output[S2UposS1UposB0Upos] = Three(S2UposS1UposB0Upos, state.Upos(s2), state.Upos(s1), state.Upos(b0));
    }

    // Templates of the label model, which labels each arc when it is made. In arc-hybrid the dependent is complete
    // by then, so its children's labels (a "case" child, an "aux:pass" sibling) are known.
    private const int LabelOffset = 1000;

    public const int LabelBias = 0;
    public const int LabelHeadWord = 1;
    public const int LabelHeadTag = 2;
    public const int LabelDepWord = 3;
    public const int LabelDepTag = 4;
    public const int LabelHeadTagDepTag = 5;
    public const int LabelHeadWordDepTag = 6;
    public const int LabelHeadTagDepWord = 7;
    public const int LabelHeadWordDepWord = 8;
    public const int LabelDistance = 9;
    public const int LabelDepLeftLabels = 10;
    public const int LabelDepRightLabels = 11;
    public const int LabelDepLeftMostWord = 12;
    public const int LabelDepLeftMostTag = 13;
    public const int LabelDepSecondLeftWord = 14;
    public const int LabelDepRightMostTag = 15;
    public const int LabelDepRightMostWord = 16;
    public const int LabelHeadLeftLabels = 17;
    public const int LabelHeadRightLabels = 18;
    public const int LabelDepPreviousTag = 19;
    public const int LabelDepNextTag = 20;
    public const int LabelHeadNextTag = 21;
    public const int LabelHeadPreviousTag = 22;
    public const int LabelHeadTagDepTagLeftMostWord = 23;
    public const int LabelDepLeftCount = 24;
    public const int LabelHeadFine = 25;
    public const int LabelDepFine = 26;
    public const int LabelHeadFineDepTag = 27;
    public const int LabelHeadTagDepFine = 28;

    // Feature set 5: universal POS and lemmas, as in the transition templates.
    public const int LabelDepUpos = 29;
    public const int LabelHeadUposDepUpos = 30;
    public const int LabelHeadLemmaDepUpos = 31;
    public const int LabelHeadUposDepLemma = 32;
    public const int LabelDepUposLeftLabels = 33;
    public const int LabelDepUposRightLabels = 34;
    public const int LabelHeadUposDepUposDistance = 35;

    /// <summary>Number of label templates.</summary>
    public const int LabelCount = LabelHeadUposDepUposDistance + 1;

    /// <summary>
    /// Writes the features for labelling the arc <paramref name="head"/> → <paramref name="dependent"/>: all
    /// <see cref="LabelCount"/>, or the first <see cref="LabelCountOf"/>(4) when <paramref name="output"/> is that long.
    /// </summary>
    public static void ExtractLabel(ParseState state, ReadOnlySpan<ulong> words, ReadOnlySpan<ulong> tags, ReadOnlySpan<ulong> classes, int dependent, int head, Span<ulong> output)
    {
        var direction = dependent < head ? 1UL : 2UL;
        var distance = (ulong)Math.Min(Math.Abs(head - dependent), 10);
        output[LabelBias] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(LabelOffset + LabelBias), direction));
        output[LabelHeadWord] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(LabelOffset + LabelHeadWord), W(words, head)), direction));
        output[LabelHeadTag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(LabelOffset + LabelHeadTag), T(tags, head)), direction));
        output[LabelDepWord] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(LabelOffset + LabelDepWord), W(words, dependent)), direction));
        output[LabelDepTag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(LabelOffset + LabelDepTag), T(tags, dependent)), direction));
        output[LabelHeadTagDepTag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(LabelOffset + LabelHeadTagDepTag), T(tags, head)), T(tags, dependent)), direction));
        output[LabelHeadWordDepTag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(LabelOffset + LabelHeadWordDepTag), W(words, head)), T(tags, dependent)), direction));
        output[LabelHeadTagDepWord] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(LabelOffset + LabelHeadTagDepWord), T(tags, head)), W(words, dependent)), direction));
        output[LabelHeadWordDepWord] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(LabelOffset + LabelHeadWordDepWord), W(words, head)), W(words, dependent)), direction));
        output[LabelDistance] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(LabelOffset + LabelDistance), T(tags, head)), T(tags, dependent)), distance));
        output[LabelDepLeftLabels] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(LabelOffset + LabelDepLeftLabels), T(tags, dependent)), state.LeftLabels(dependent)), direction));
        output[LabelDepRightLabels] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(LabelOffset + LabelDepRightLabels), T(tags, dependent)), state.RightLabels(dependent)), direction));
        output[LabelDepLeftMostWord] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(LabelOffset + LabelDepLeftMostWord), T(tags, dependent)), W(words, state.LeftMost(dependent))), direction));
        output[LabelDepLeftMostTag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(LabelOffset + LabelDepLeftMostTag), T(tags, dependent)), T(tags, state.LeftMost(dependent))), direction));
        output[LabelDepSecondLeftWord] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(LabelOffset + LabelDepSecondLeftWord), T(tags, dependent)), W(words, state.SecondLeftMost(dependent))), direction));
        output[LabelDepRightMostTag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(LabelOffset + LabelDepRightMostTag), T(tags, dependent)), T(tags, state.RightMost(dependent))), direction));
        output[LabelDepRightMostWord] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(LabelOffset + LabelDepRightMostWord), T(tags, dependent)), W(words, state.RightMost(dependent))), direction));
        output[LabelHeadLeftLabels] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(LabelOffset + LabelHeadLeftLabels), T(tags, head)), state.LeftLabels(head)), direction));
        output[LabelHeadRightLabels] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(LabelOffset + LabelHeadRightLabels), T(tags, head)), state.RightLabels(head)), direction));
        output[LabelDepPreviousTag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(LabelOffset + LabelDepPreviousTag), T(tags, dependent > 0 ? dependent - 1 : -1)), T(tags, dependent)), direction));
        output[LabelDepNextTag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(LabelOffset + LabelDepNextTag), T(tags, dependent)), T(tags, dependent + 1)), direction));
        output[LabelHeadNextTag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(LabelOffset + LabelHeadNextTag), T(tags, head)), T(tags, head + 1)), direction));
        output[LabelHeadPreviousTag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(LabelOffset + LabelHeadPreviousTag), T(tags, head > 0 ? head - 1 : -1)), T(tags, head)), direction));
        output[LabelHeadTagDepTagLeftMostWord] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(LabelOffset + LabelHeadTagDepTagLeftMostWord), T(tags, head)), T(tags, dependent)), W(words, state.LeftMost(dependent))));
        output[LabelDepLeftCount] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(LabelOffset + LabelDepLeftCount), T(tags, dependent)), V(state.LeftCount(dependent))), V(state.RightCount(dependent))));
        output[LabelHeadFine] = Two(LabelOffset + LabelHeadFine, F(classes, head), direction);
        output[LabelDepFine] = Two(LabelOffset + LabelDepFine, F(classes, dependent), direction);
        output[LabelHeadFineDepTag] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(LabelOffset + LabelHeadFineDepTag), F(classes, head)), T(tags, dependent)), direction));
        output[LabelHeadTagDepFine] = FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(LabelOffset + LabelHeadTagDepFine), T(tags, head)), F(classes, dependent)), direction));
        if (output.Length <= LabelDepUpos)
        {
            return;
        }

        output[LabelDepUpos] = Two(LabelOffset + LabelDepUpos, state.Upos(dependent), direction);
        output[LabelHeadUposDepUpos] = Three(LabelOffset + LabelHeadUposDepUpos, state.Upos(head), state.Upos(dependent), direction);
        output[LabelHeadLemmaDepUpos] = Three(LabelOffset + LabelHeadLemmaDepUpos, state.Lemma(head), state.Upos(dependent), direction);
        output[LabelHeadUposDepLemma] = Three(LabelOffset + LabelHeadUposDepLemma, state.Upos(head), state.Lemma(dependent), direction);
        output[LabelDepUposLeftLabels] = Three(LabelOffset + LabelDepUposLeftLabels, state.Upos(dependent), state.LeftLabels(dependent), direction);
        output[LabelDepUposRightLabels] = Three(LabelOffset + LabelDepUposRightLabels, state.Upos(dependent), state.RightLabels(dependent), direction);
        output[LabelHeadUposDepUposDistance] = Four(LabelOffset + LabelHeadUposDepUposDistance, state.Upos(head), state.Upos(dependent), distance, direction);
    }

    private static ulong W(ReadOnlySpan<ulong> words, int word) => (uint)word < (uint)words.Length ? words[word] : None;

    private static ulong T(ReadOnlySpan<ulong> tags, int word) => (uint)word < (uint)tags.Length ? tags[word] : None;

    private static ulong L(ParseState state, int word) => word < 0 ? None : (ulong)state.Label(word);

    private static ulong V(int count) => (ulong)Math.Min(count, 5);

    private static ulong F(ReadOnlySpan<ulong> classes, int word) => (uint)word < (uint)classes.Length ? Tagging.WordClasses.FineOf(classes[word]) : None;

    private static ulong C(ReadOnlySpan<ulong> classes, int word) => (uint)word < (uint)classes.Length ? Tagging.WordClasses.CoarseOf(classes[word]) : None;

    private static ulong One(int template, ulong value) => FeatureHash.End(FeatureHash.Combine(FeatureHash.Begin(template), value));

    private static ulong Two(int template, ulong first, ulong second) =>
        FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(template), first), second));

    private static ulong Three(int template, ulong first, ulong second, ulong third) =>
        FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(template), first), second), third));

    private static ulong Four(int template, ulong first, ulong second, ulong third, ulong fourth) =>
        FeatureHash.End(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Begin(template), first), second), third), fourth));
}
