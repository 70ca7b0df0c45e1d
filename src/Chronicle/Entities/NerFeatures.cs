using Chronicle.Documents;
using Chronicle.Learning;

namespace Chronicle.Entities;

/// <summary>
/// The NER's feature templates. Every template yields at most one feature per token, so
/// <see cref="MaxPerToken"/> bounds the buffer. Features depend on the words only (never on predicted
/// labels): label context enters through the transition weights of the Viterbi search, which keeps
/// emission scoring to one pass per token. Change a template, bump <see cref="Version"/>, retrain.
/// The file is long (past 400 lines) because the templates, the per-token keys they read and the hash helpers they
/// share are one unit: a template split from its keys could drift from what <see cref="Prepare"/> fills.
/// </summary>
public static class NerFeatures
{
    /// <summary>The newest feature set, which training uses by default. Stored in the model and checked on load.</summary>
    public const int Version = 8;

    /// <summary>
    /// The oldest feature set this build still extracts (models name theirs; see <see cref="Extract"/>): sets 7 and 8 only
    /// add templates to set 6 (8 leaves 7's out), so a set-6 model keeps working unchanged.
    /// </summary>
    public const int OldestVersion = 6;

    /// <summary>The label-bigram template's seed: <c>Template.Count</c> of feature set 6, fixed so that templates added later leave old models' keys alone.</summary>
    private const int TransitionTemplate = 58;

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
        PredictedTypes,
        PredictedTypesPrev,
        PredictedTypesNext,
        PredictedTypesCapitalisation,
        PrevWordShape,
        ShapeNextWord,
        PrevTwoWords,
        NextTwoWords,
        Gazetteer,
        GazetteerPrev,
        GazetteerNext,
        GazetteerCapitalisation,
        GazetteerPrimary,
        RunHead,
        RunHeadPosition,
        RunHeadFine,
        Lexicon,
        LexiconCapitalisation,
        LexiconPrev,
        LexiconNext,
        LexiconRunPosition,
        RunFirst,
        RunForm,
        RunLastLexicon,
        Acronym,
        Finest,
        FinestCapitalisation,
        FinestPrev,
        FinestNext,
        DocumentAcronym,
        RunDocumentAcronym,
        Majority,
        MajorityCapitalisation,
        SecondaryGazetteer,
        SecondaryGazetteerCapitalisation,
        SecondaryGazetteerPrimary,
        SecondaryGazetteerPrev,
        SecondaryGazetteerNext,
        SecondaryGazetteerRun,
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
        public int Finest;
        public int Evidence;
        public int PredictedTypes;

        /// <summary>What the news corpus says of the form (<see cref="NameLexicon"/>), 0 for nothing.</summary>
        public int Lexicon;

        /// <summary>Lower-case hash of the last word of the capitalised run the token is in ("house" for both words of "Chatham House"), 0 outside runs.</summary>
        public ulong RunLast;

        /// <summary>Fine word class of that last word.</summary>
        public int RunLastFine;

        /// <summary>BILOU position in the run (1 begin, 2 inside, 3 last, 4 unit), 0 outside runs.</summary>
        public int RunPosition;

        /// <summary>Lower-case hash of the first word of the run ("university" in "University of Texas"), 0 outside runs.</summary>
        public ulong RunFirst;

        /// <summary>The run's length (capped at 6) and whether a lower-case connector joins it, packed; 0 outside runs.</summary>
        public int RunForm;

        /// <summary>The <see cref="NameLexicon"/> value of the run's last word, 0 for none.</summary>
        public int RunLastLexicon;

        /// <summary>
        /// Bracketed acronym cue: 1 or 2 for the words of a run followed by "(" and an all-capital word and ")" (2 when
        /// the acronym spells the run's initials), 3 or 4 for that acronym itself; 0 for none.
        /// </summary>
        public int Acronym;

        /// <summary>Feature set 8: <see cref="DocumentEvidence.AcronymLinkOf"/> of an all-capital word (it spells a run's initials elsewhere in the document), 0 for none.</summary>
        public int AcronymLink;

        /// <summary>Feature set 8: 1 for the words of a run whose initials occur as an all-capital word in the document.</summary>
        public int RunHasAcronym;

        /// <summary>Feature set 8: <see cref="DocumentEvidence.MajorityOf"/> of the form, 0 for none.</summary>
        public int Majority;
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
            (k.Coarse, k.Fine, k.Finest) = clusters?.Of(text) ?? (WordClusters.None, WordClusters.None, WordClusters.None);
            k.Evidence = evidence?.Of(text) ?? 0;
            k.PredictedTypes = evidence?.PredictedTypesOf(text) ?? 0;
            k.Lexicon = evidence?.LexiconOf(text) ?? 0;
            k.RunLast = 0;
            k.RunLastFine = 0;
            k.RunPosition = 0;
            k.RunFirst = 0;
            k.RunForm = 0;
            k.RunLastLexicon = 0;
            k.Acronym = 0;
            k.AcronymLink = evidence?.AcronymLinkOf(text) ?? 0;
            k.RunHasAcronym = 0;
            k.Majority = evidence?.MajorityOf(text) ?? 0;
        }

        MarkCapitalisedRuns(document, sentence, evidence, keys);
    }

    /// <summary>
    /// Finds the runs of capitalised words (joined by "of", "for", "the", "de", "&amp;" as in "Bank of England") and
    /// gives each word the run's last word: in English the last word of a name usually says what kind of thing it
    /// names ("House", "Institute", "Party", "River"), which types the whole name even when its other words are
    /// unknown. The weights are learnt; no list of such words is given.
    /// </summary>
    private static void MarkCapitalisedRuns(Document document, TokenRange sentence, DocumentEvidence? evidence, Span<TokenKeys> keys)
    {
        Span<char> initials = stackalloc char[8];
        var n = sentence.Length;
        var t = 0;
        while (t < n)
        {
            if (!StartsUpper(document.TextOf(sentence.Start + t)))
            {
                t++;
                continue;
            }

            var end = RunEnd(document, sentence, t);
            ref readonly var last = ref keys[end - 1];
            var first = keys[t].Lower;
            var joined = false;
            for (var u = t; u < end && !joined; u++)
            {
                joined = !StartsUpper(document.TextOf(sentence.Start + u));
            }

            var form = (Math.Min(end - t, 6) * 2) + (joined ? 1 : 0);
            var acronym = AcronymAfter(document, sentence, t, end);
            var initialCount = Initials(document, sentence, t, end, initials);

            // "Jet Propulsion Laboratory" in a document that also says "JPL": names that get acronyms are mostly organisations.
            var hasAcronym = evidence is not null && initialCount >= 2 && initialCount <= initials.Length
                && evidence.HasAcronym(DocumentEvidence.AcronymKey(initials[..initialCount])) ? 1 : 0;
            for (var u = t; u < end; u++)
            {
                keys[u].RunLast = last.Lower;
                keys[u].RunLastFine = last.Fine;
                keys[u].RunPosition = end - t == 1 ? 4 : u == t ? 1 : u == end - 1 ? 3 : 2;
                keys[u].RunFirst = first;
                keys[u].RunForm = form;
                keys[u].RunLastLexicon = last.Lexicon;
                keys[u].Acronym = Math.Max(keys[u].Acronym, acronym);
                keys[u].RunHasAcronym = hasAcronym;
            }

            if (acronym != 0)
            {
                keys[end + 1].Acronym = acronym + 2;
            }

            t = end;
        }
    }

    /// <summary>
    /// The end (exclusive, sentence-relative) of the capitalised run that starts at sentence token <paramref name="start"/>
    /// (itself capitalised): capitalised words, joined by at most two connectors ("of", "for", "the", "de", "&amp;")
    /// that are followed by another capitalised word.
    /// </summary>
    public static int RunEnd(Document document, TokenRange sentence, int start)
    {
        ArgumentNullException.ThrowIfNull(document);
        var n = sentence.Length;
        var end = start + 1;
        while (end < n)
        {
            if (StartsUpper(document.TextOf(sentence.Start + end)))
            {
                end++;
                continue;
            }

            var next = end;
            while (next < n && next - end < 2 && IsRunConnector(document.TextOf(sentence.Start + next)))
            {
                next++;
            }

            if (next > end && next < n && StartsUpper(document.TextOf(sentence.Start + next)))
            {
                end = next + 1;
                continue;
            }

            break;
        }

        return end;
    }

    /// <summary>
    /// Writes the initials of the capitalised words of the run [<paramref name="start"/>, <paramref name="end"/>) into
    /// <paramref name="letters"/> (as many as fit; a leading "The" is skipped, as acronyms leave it out) and returns how
    /// many capitalised words the run has.
    /// </summary>
    public static int Initials(Document document, TokenRange sentence, int start, int end, Span<char> letters)
    {
        ArgumentNullException.ThrowIfNull(document);
        var count = 0;
        for (var u = start; u < end; u++)
        {
            var word = document.TextOf(sentence.Start + u);
            if (!StartsUpper(word) || (u == start && end - start > 1 && word is "The"))
            {
                continue;
            }

            if (count < letters.Length)
            {
                letters[count] = word[0];
            }

            count++;
        }

        return count;
    }

    /// <summary>
    /// 1 when the run [<paramref name="start"/>, <paramref name="end"/>) is followed by "(", an all-capital word of
    /// 2–8 letters and ")" ("Office of Fair Trading (OFT)"): the run is then almost always a name, most often an
    /// organisation's; 2 when the acronym also spells the capitalised words' initials. 0 otherwise.
    /// </summary>
    private static int AcronymAfter(Document document, TokenRange sentence, int start, int end)
    {
        if (end + 2 >= sentence.Length || document.TextOf(sentence.Start + end) is not "(" || document.TextOf(sentence.Start + end + 2) is not ")")
        {
            return 0;
        }

        var acronym = document.TextOf(sentence.Start + end + 1);
        if (acronym.Length is < 2 or > 8)
        {
            return 0;
        }

        foreach (var c in acronym)
        {
            if (!char.IsUpper(c))
            {
                return 0;
            }
        }

        var a = 0;
        for (var u = start; u < end; u++)
        {
            var word = document.TextOf(sentence.Start + u);
            if (StartsUpper(word))
            {
                if (a >= acronym.Length || acronym[a] != word[0])
                {
                    return 1;
                }

                a++;
            }
        }

        return a == acronym.Length ? 2 : 1;
    }

    private static bool StartsUpper(ReadOnlySpan<char> text) => text.Length > 0 && char.IsUpper(text[0]);

    private static bool IsRunConnector(ReadOnlySpan<char> text) => text is "of" or "for" or "the" or "de" or "&";

    /// <summary>Writes the features of sentence token <paramref name="position"/> and returns how many.</summary>
    /// <param name="keys">From <see cref="Prepare"/>.</param>
    /// <param name="marks">Gazetteer marks of the sentence tokens (all empty without a gazetteer).</param>
    /// <param name="lexical">
    /// False leaves out what identifies the word itself (word, affixes, word classes), as if it were unseen:
    /// training copies of sentences with gazetteer marks made so teach the model to trust the marks and the
    /// context where the word tells nothing, as for a listed name GUM never had.
    /// </param>
    /// <param name="identity">
    /// False leaves out only the features that name the word itself (word, lower case, word bigrams) and keeps its
    /// affixes and word classes: the trainer extracts rare training words so, which teaches the model how to read a
    /// word it has never seen, as most names in new text are.
    /// </param>
    /// <param name="featureSet">The model's feature set (<see cref="OldestVersion"/> to <see cref="Version"/>): set 6 leaves out the run-form, run-lexicon and acronym templates of set 7; set 8 is set 6 plus the document links (<see cref="AddDocumentLinks"/>).</param>
    public static int Extract(Document document, TokenRange sentence, ReadOnlySpan<TokenKeys> keys, ReadOnlySpan<GazetteerMark> marks, int position, Span<ulong> features, bool lexical = true, bool identity = true, int featureSet = Version)
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
        var prevCoarse = position > 0 ? keys[position - 1].Coarse : -2;
        var nextCoarse = position + 1 < keys.Length ? keys[position + 1].Coarse : -2;
        var prevFine = position > 0 ? keys[position - 1].Fine : -2;
        var nextFine = position + 1 < keys.Length ? keys[position + 1].Fine : -2;

        features[n++] = FeatureHash.Of((int)Template.Bias, 0);
        features[n++] = Key(Template.Shape, k.Shape);
        if (lexical)
        {
            n = AddLexical(text, in k, position, nextCap, prevLower, nextLower, prevCoarse, nextCoarse, features, n, identity);
        }

        features[n++] = Key(Template.LowerPrev2, prev2Lower);
        features[n++] = Key(Template.LowerPrev, prevLower);
        features[n++] = Key(Template.LowerNext, nextLower);
        features[n++] = Key(Template.LowerNext2, next2Lower);
        features[n++] = Key(Template.ShapePrev, prevShape);
        features[n++] = Key(Template.ShapeNext, nextShape);
        features[n++] = FeatureHash.End(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(
            FeatureHash.Begin((int)Template.ShapeTrigram), (int)prevShape), (int)k.Shape), (int)nextShape), (int)(k.Shape >> 32)));
        features[n++] = FeatureHash.End(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(
            FeatureHash.Begin((int)Template.CapitalisationTrigram), prevCap), k.Capitalisation), nextCap));
        if (position == 0)
        {
            features[n++] = FeatureHash.Of((int)Template.SentenceInitialCapitalisation, k.Capitalisation);
        }

        if (position > 0)
        {
            features[n++] = Key(Template.SuffixPrev, keys[position - 1].Suffix3);
        }

        features[n++] = FeatureHash.Of((int)Template.CoarsePrev, prevCoarse);
        features[n++] = FeatureHash.Of((int)Template.CoarseNext, nextCoarse);
        features[n++] = FeatureHash.Of((int)Template.FinePrev, prevFine);
        features[n++] = FeatureHash.Of((int)Template.FineNext, nextFine);
        features[n++] = FeatureHash.End(FeatureHash.Add(FeatureHash.Add(FeatureHash.Begin((int)Template.PrevFineShape), prevFine), (int)k.Shape));
        features[n++] = FeatureHash.End(FeatureHash.Add(FeatureHash.Add(FeatureHash.Begin((int)Template.ShapeNextFine), (int)k.Shape), nextFine));
        if (k.Finest != WordClusters.None || (position > 0 && keys[position - 1].Finest != WordClusters.None) || (position + 1 < keys.Length && keys[position + 1].Finest != WordClusters.None))
        {
            features[n++] = FeatureHash.Of((int)Template.FinestPrev, position > 0 ? keys[position - 1].Finest : -2);
            features[n++] = FeatureHash.Of((int)Template.FinestNext, position + 1 < keys.Length ? keys[position + 1].Finest : -2);
        }

        features[n++] = FeatureHash.Of((int)Template.Evidence, k.Evidence);
        features[n++] = FeatureHash.Of((int)Template.EvidenceCapitalisation, k.Evidence, (k.Capitalisation * 2) + (position == 0 ? 1 : 0));
        if (k.PredictedTypes != 0)
        {
            features[n++] = FeatureHash.Of((int)Template.PredictedTypes, k.PredictedTypes);
            features[n++] = FeatureHash.Of((int)Template.PredictedTypesCapitalisation, k.PredictedTypes, (k.Capitalisation * 2) + (position == 0 ? 1 : 0));
        }

        if (position > 0 && keys[position - 1].PredictedTypes != 0)
        {
            features[n++] = FeatureHash.Of((int)Template.PredictedTypesPrev, keys[position - 1].PredictedTypes);
        }

        if (position + 1 < keys.Length && keys[position + 1].PredictedTypes != 0)
        {
            features[n++] = FeatureHash.Of((int)Template.PredictedTypesNext, keys[position + 1].PredictedTypes);
        }

        features[n++] = Key(Template.PrevWordShape, prevLower, k.Shape);
        features[n++] = Key(Template.ShapeNextWord, k.Shape, nextLower);
        features[n++] = Key(Template.PrevTwoWords, prev2Lower, prevLower);
        features[n++] = Key(Template.NextTwoWords, nextLower, next2Lower);
        // Without lexical features a word that ends its run must not come back as the run's last word.
        if (k.RunPosition != 0 && (lexical || k.RunPosition is 1 or 2))
        {
            features[n++] = Key(Template.RunHead, k.RunLast);
            features[n++] = FeatureHash.End(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(
                FeatureHash.Begin((int)Template.RunHeadPosition), (int)k.RunLast), (int)(k.RunLast >> 32)), k.RunPosition));
            features[n++] = FeatureHash.Of((int)Template.RunHeadFine, k.RunLastFine, k.RunPosition);
        }

        // Set 8 builds on set 6, not 7: set 7's run-form templates lifted GUM dev but lost on the news documents.
        if (featureSet == 7)
        {
            n = AddRunForm(in k, lexical, features, n);
        }

        if (featureSet >= 8)
        {
            n = AddDocumentLinks(in k, position, features, n);
        }

        if (k.Lexicon != 0)
        {
            features[n++] = FeatureHash.Of((int)Template.Lexicon, k.Lexicon);
            features[n++] = FeatureHash.Of((int)Template.LexiconCapitalisation, k.Lexicon, (k.Capitalisation * 2) + (position == 0 ? 1 : 0));
            features[n++] = FeatureHash.Of((int)Template.LexiconRunPosition, k.Lexicon, k.RunPosition);
        }

        if (position > 0 && keys[position - 1].Lexicon != 0)
        {
            features[n++] = FeatureHash.Of((int)Template.LexiconPrev, keys[position - 1].Lexicon);
        }

        if (position + 1 < keys.Length && keys[position + 1].Lexicon != 0)
        {
            features[n++] = FeatureHash.Of((int)Template.LexiconNext, keys[position + 1].Lexicon);
        }

        var mark = marks[position];
        if (!mark.IsEmpty)
        {
            features[n++] = FeatureHash.Of((int)Template.Gazetteer, mark.Category, (int)mark.Position);
            features[n++] = FeatureHash.End(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(
                FeatureHash.Begin((int)Template.GazetteerCapitalisation), mark.Category), (int)mark.Position), (k.Capitalisation * 2) + (position == 0 ? 1 : 0)));

            // The lowest category bit alone: shares weight between marks with several readings.
            features[n++] = FeatureHash.Of((int)Template.GazetteerPrimary, mark.Category & -mark.Category, (int)mark.Position);
        }

        if (position > 0 && !marks[position - 1].IsEmpty)
        {
            features[n++] = FeatureHash.Of((int)Template.GazetteerPrev, marks[position - 1].Category, (int)marks[position - 1].Position);
        }

        if (position + 1 < marks.Length && !marks[position + 1].IsEmpty)
        {
            features[n++] = FeatureHash.Of((int)Template.GazetteerNext, marks[position + 1].Category, (int)marks[position + 1].Position);
        }

        // A layered gazetteer's second list (generic names) has templates of its own, so the first list's features
        // are the same with or without it, and a model without a second list never reads these.
        if (mark.HasSecondary)
        {
            features[n++] = FeatureHash.Of((int)Template.SecondaryGazetteer, mark.Secondary, (int)mark.SecondaryPosition);
            features[n++] = FeatureHash.End(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(
                FeatureHash.Begin((int)Template.SecondaryGazetteerCapitalisation), mark.Secondary), (int)mark.SecondaryPosition), (k.Capitalisation * 2) + (position == 0 ? 1 : 0)));
            features[n++] = FeatureHash.Of((int)Template.SecondaryGazetteerPrimary, mark.Secondary & -mark.Secondary, (int)mark.SecondaryPosition);

            // Where the listed name sits in its capitalised run: a place that is the whole run ("in Velmora") reads
            // differently from one that opens a longer run ("Velmora Tractor Works").
            features[n++] = FeatureHash.End(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(
                FeatureHash.Begin((int)Template.SecondaryGazetteerRun), mark.Secondary), (int)mark.SecondaryPosition), k.RunPosition));
        }

        if (position > 0 && marks[position - 1].HasSecondary)
        {
            features[n++] = FeatureHash.Of((int)Template.SecondaryGazetteerPrev, marks[position - 1].Secondary, (int)marks[position - 1].SecondaryPosition);
        }

        if (position + 1 < marks.Length && marks[position + 1].HasSecondary)
        {
            features[n++] = FeatureHash.Of((int)Template.SecondaryGazetteerNext, marks[position + 1].Secondary, (int)marks[position + 1].SecondaryPosition);
        }

        return n;
    }

    /// <summary>Feature set 7: what the whole capitalised run says (its first word, length and joins, its last word's lexicon entry, a bracketed acronym after it).</summary>
    private static int AddRunForm(in TokenKeys k, bool lexical, Span<ulong> features, int n)
    {
        // The first word of a longer run often says what it names too ("University of …", "Ministry of …", "Bank of …"),
        // and a run joined by "of" or "for" is more often an organisation than a person.
        if (k.RunPosition is 1 or 2 or 3 && (lexical || k.RunPosition is 2 or 3))
        {
            features[n++] = FeatureHash.End(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(
                FeatureHash.Begin((int)Template.RunFirst), (int)k.RunFirst), (int)(k.RunFirst >> 32)), k.RunPosition));
        }

        if (k.RunPosition != 0)
        {
            features[n++] = FeatureHash.Of((int)Template.RunForm, k.RunForm, k.RunPosition);
        }

        // The last word's lexicon entry reaches the run's other words ("Quorn" unknown, "Quorn Trading Board": "Board" often an organisation's).
        if (k.RunLastLexicon != 0 && k.RunPosition is 1 or 2)
        {
            features[n++] = FeatureHash.Of((int)Template.RunLastLexicon, k.RunLastLexicon, k.RunPosition);
        }

        if (k.Acronym != 0)
        {
            features[n++] = FeatureHash.Of((int)Template.Acronym, k.Acronym, k.RunPosition);
        }

        return n;
    }

    /// <summary>
    /// Feature set 8, non-local evidence in the manner of Ratinov and Roth (2009): a bare acronym that spells the initials of
    /// a name elsewhere in the document (with the types the first stage gave that name), the words of a name whose acronym
    /// the document uses, and the first stage's majority type for the form with the share of its capitalised uses tagged.
    /// </summary>
    private static int AddDocumentLinks(in TokenKeys k, int position, Span<ulong> features, int n)
    {
        if (k.AcronymLink != 0)
        {
            features[n++] = FeatureHash.Of((int)Template.DocumentAcronym, k.AcronymLink, k.RunPosition);
        }

        if (k.RunHasAcronym != 0)
        {
            features[n++] = FeatureHash.Of((int)Template.RunDocumentAcronym, k.RunPosition);
        }

        if (k.Majority != 0)
        {
            features[n++] = FeatureHash.Of((int)Template.Majority, k.Majority);
            features[n++] = FeatureHash.Of((int)Template.MajorityCapitalisation, k.Majority, (k.Capitalisation * 2) + (position == 0 ? 1 : 0));
        }

        return n;
    }

    /// <summary>The templates that identify the word itself; left out when <c>lexical</c> is false.</summary>
    private static int AddLexical(ReadOnlySpan<char> text, in TokenKeys k, int position, int nextCap, ulong prevLower, ulong nextLower, int prevCoarse, int nextCoarse, Span<ulong> features, int n, bool identity)
    {
        if (identity)
        {
            features[n++] = Key(Template.Word, k.Word);
            features[n++] = Key(Template.Lower, k.Lower);
        }

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

        if (identity)
        {
            features[n++] = Key(Template.BigramPrev, prevLower, k.Lower);
            features[n++] = Key(Template.BigramNext, k.Lower, nextLower);
            if (position == 0)
            {
                features[n++] = Key(Template.SentenceInitialLower, k.Lower);
            }

            features[n++] = FeatureHash.End(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(
                FeatureHash.Begin((int)Template.WordNextCapitalisation), (int)k.Lower), (int)(k.Lower >> 32)), nextCap));
        }

        features[n++] = FeatureHash.Of((int)Template.Coarse, k.Coarse);
        features[n++] = FeatureHash.Of((int)Template.Fine, k.Fine);
        features[n++] = FeatureHash.Of((int)Template.FineCapitalisation, k.Fine, k.Capitalisation);
        if (k.Finest != WordClusters.None)
        {
            features[n++] = FeatureHash.Of((int)Template.Finest, k.Finest);
            features[n++] = FeatureHash.Of((int)Template.FinestCapitalisation, k.Finest, k.Capitalisation);
        }

        features[n++] = FeatureHash.End(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(
            FeatureHash.Begin((int)Template.CoarseTrigram), prevCoarse), k.Coarse), nextCoarse));
        return n;
    }

    /// <summary>The key of the label-bigram feature "previous class was <paramref name="previousClass"/>" (the class count stands for the sentence start).</summary>
    public static ulong Transition(int previousClass) => FeatureHash.Of(TransitionTemplate, previousClass);

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
