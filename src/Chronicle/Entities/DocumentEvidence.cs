using Chronicle.Documents;
using Chronicle.Learning;

namespace Chronicle.Entities;

/// <summary>
/// What the rest of the document says about each word form, for names seen alone: "Mohamed" after
/// "Omar Haddad", or "Police" at a sentence start when "police" appears lower-case elsewhere.
/// Built once per document from the words; a second-stage model also gets the types a first-stage model
/// predicted for each form anywhere in the document (<see cref="WithPredictions"/>), which makes the labels of
/// repeated names consistent ("Haddad" everywhere a PERSON once "Omar Haddad" is).
/// </summary>
public sealed class DocumentEvidence
{
    /// <summary>The form appears capitalised away from a sentence start.</summary>
    public const byte CapitalisedInside = 1;

    /// <summary>The form appears next to another capitalised word away from a sentence start.</summary>
    public const byte InCapitalisedRun = 2;

    /// <summary>The form appears all lower-case.</summary>
    public const byte LowerCase = 4;

    /// <summary>Longest all-capital word read as a possible acronym (as <see cref="NerFeatures"/>' bracketed acronym).</summary>
    private const int MaxAcronym = 8;

    private readonly Dictionary<ulong, byte> _flags;
    private readonly Dictionary<ulong, byte>? _predictedTypes;
    private readonly NameLexicon? _lexicon;

    /// <summary>Hashes (<see cref="AcronymKey"/>) of the all-capital words of 2–8 letters in the document.</summary>
    private readonly HashSet<ulong> _acronyms;

    /// <summary>
    /// The initials (<see cref="AcronymKey"/>) of each capitalised run of 2+ capitalised words → 1, with the entity types a first
    /// stage gave the run's words as bits from 1 up (<c>2 &lt;&lt; type</c>).
    /// </summary>
    private readonly Dictionary<ulong, int> _runInitials;

    /// <summary>Lower-case form → packed majority type and tagged share of its capitalised uses (<see cref="MajorityOf"/>).</summary>
    private readonly Dictionary<ulong, int>? _majority;

    /// <summary>Whether the feature-set-8 document links (acronyms, initials, majorities) are gathered; older models skip the work.</summary>
    private readonly bool _links;

    private DocumentEvidence(DocumentEvidence plain, Dictionary<ulong, byte> predictedTypes, Dictionary<ulong, int> runInitials, Dictionary<ulong, int>? majority, NameLexicon? lexicon)
    {
        _links = plain._links;
        _flags = plain._flags;
        _acronyms = plain._acronyms;
        _predictedTypes = predictedTypes;
        _runInitials = runInitials;
        _majority = majority;
        _lexicon = lexicon;
    }

    /// <param name="links">
    /// Also gather the document links that feature set 8 reads (<see cref="AcronymLinkOf"/>, <see cref="HasAcronym"/>,
    /// <see cref="MajorityOf"/>); without them those answer 0 and false.
    /// </param>
    public DocumentEvidence(Document document, bool links = true)
    {
        ArgumentNullException.ThrowIfNull(document);
        _links = links;
        _flags = new Dictionary<ulong, byte>(Math.Min(document.Tokens.Length, 4096));
        _acronyms = [];
        _runInitials = [];
        foreach (var sentence in document.Sentences)
        {
            var range = sentence.Tokens;
            for (var i = range.Start; i < range.End; i++)
            {
                var text = document.TextOf(i);
                if (text.IsEmpty || !char.IsLetter(text[0]))
                {
                    continue;
                }

                if (links && IsAcronym(text))
                {
                    _acronyms.Add(AcronymKey(text));
                }

                var key = LowerKey(text);
                if (!char.IsUpper(text[0]))
                {
                    Add(key, LowerCase);
                    continue;
                }

                if (i == range.Start)
                {
                    continue;
                }

                var flags = CapitalisedInside;
                if ((i > range.Start + 1 && IsCapitalised(document.TextOf(i - 1))) || (i + 1 < range.End && IsCapitalised(document.TextOf(i + 1))))
                {
                    flags |= InCapitalisedRun;
                }

                Add(key, flags);
            }
        }

        if (links)
        {
            AddRunInitials(document, default, _runInitials);
        }
    }

    /// <summary>
    /// This evidence plus the entity types of <paramref name="tags"/> (one per document token, from a first-stage
    /// model), gathered per word form: bit <c>1 &lt;&lt; type</c> is set when some occurrence was tagged with that type;
    /// and, when given, what a news corpus tagged by a first-stage model says of each form (<see cref="LexiconOf"/>).
    /// </summary>
    public DocumentEvidence WithPredictions(Document document, ReadOnlySpan<ushort> tags, NameLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var types = new Dictionary<ulong, byte>();
        if (!_links)
        {
            for (var i = 0; i < tags.Length; i++)
            {
                if (!EntityTags.IsOutside(tags[i]))
                {
                    var key = LowerKey(document.TextOf(i));
                    types[key] = (byte)(types.GetValueOrDefault(key) | (1 << (int)EntityTags.TypeOf(tags[i])));
                }
            }

            return new DocumentEvidence(this, types, _runInitials, null, lexicon);
        }

        var capitalised = new Dictionary<ulong, int>();
        var perType = new Dictionary<(ulong Form, int Type), int>();
        for (var i = 0; i < tags.Length; i++)
        {
            var text = document.TextOf(i);
            var key = LowerKey(text);
            if (IsCapitalised(text))
            {
                capitalised[key] = capitalised.GetValueOrDefault(key) + 1;
            }

            if (!EntityTags.IsOutside(tags[i]))
            {
                var type = (int)EntityTags.TypeOf(tags[i]);
                types[key] = (byte)(types.GetValueOrDefault(key) | (1 << type));
                perType[(key, type)] = perType.GetValueOrDefault((key, type)) + 1;
            }
        }

        var runInitials = new Dictionary<ulong, int>();
        AddRunInitials(document, tags, runInitials);
        return new DocumentEvidence(this, types, runInitials, Majorities(capitalised, perType), lexicon);
    }

    /// <summary>
    /// For each form used capitalised 2+ times, its majority type among the first stage's tags and how much of its
    /// capitalised uses were tagged at all (Ratinov and Roth 2009's majority label of identical words): a bit mask of
    /// types says "tagged once somewhere", this says whether that was the rule or an exception.
    /// </summary>
    private static Dictionary<ulong, int> Majorities(Dictionary<ulong, int> capitalised, Dictionary<(ulong Form, int Type), int> perType)
    {
        var best = new Dictionary<ulong, (int Type, int Count, int Tagged)>();
        foreach (var ((form, type), count) in perType)
        {
            var current = best.TryGetValue(form, out var seen) ? seen : (Type: -1, Count: 0, Tagged: 0);
            var wins = count > current.Count || (count == current.Count && type < current.Type);
            best[form] = wins ? (type, count, current.Tagged + count) : (current.Type, current.Count, current.Tagged + count);
        }

        var majority = new Dictionary<ulong, int>(best.Count);
        foreach (var (form, (type, _, tagged)) in best)
        {
            var uses = capitalised.GetValueOrDefault(form);
            if (uses < 2)
            {
                continue;
            }

            var share = tagged >= uses ? 3 : tagged * 3 >= uses * 2 ? 2 : tagged * 3 >= uses ? 1 : 0;
            majority[form] = (type + 1) | (share << 4);
        }

        return majority;
    }

    /// <summary>
    /// Records the initials of every capitalised run of 2+ capitalised words ("Jet Propulsion Laboratory" → JPL), with
    /// the types <paramref name="tags"/> (empty: none) gave its words, so that a bare acronym elsewhere in the
    /// document can be read as that name.
    /// </summary>
    private static void AddRunInitials(Document document, ReadOnlySpan<ushort> tags, Dictionary<ulong, int> initials)
    {
        Span<char> letters = stackalloc char[MaxAcronym];
        foreach (var sentence in document.Sentences)
        {
            var range = sentence.Tokens;
            var t = 0;
            while (t < range.Length)
            {
                if (!IsCapitalised(document.TextOf(range.Start + t)))
                {
                    t++;
                    continue;
                }

                var end = NerFeatures.RunEnd(document, range, t);
                var n = NerFeatures.Initials(document, range, t, end, letters);
                var types = 1;
                for (var u = t; u < end; u++)
                {
                    if (!tags.IsEmpty && !EntityTags.IsOutside(tags[range.Start + u]))
                    {
                        types |= 2 << (int)EntityTags.TypeOf(tags[range.Start + u]);
                    }
                }

                if (n is >= 2 and <= MaxAcronym)
                {
                    var key = AcronymKey(letters[..n]);
                    initials[key] = initials.GetValueOrDefault(key) | types;
                }

                t = end;
            }
        }
    }

    /// <summary>
    /// For an all-capital word of 2–8 letters that spells the initials of a capitalised run elsewhere in the document: 1,
    /// plus the types a first stage gave that run as bits from 1 up (<c>2 &lt;&lt; type</c>); 0 otherwise.
    /// </summary>
    public int AcronymLinkOf(ReadOnlySpan<char> word) => IsAcronym(word) ? _runInitials.GetValueOrDefault(AcronymKey(word)) : 0;

    /// <summary>True when the document has an all-capital word spelling <paramref name="initials"/> (the initials of a run).</summary>
    public bool HasAcronym(ulong initials) => _acronyms.Contains(initials);

    /// <summary>
    /// For a form used capitalised 2+ times in the document: 1 + the first stage's majority type among its tagged uses, plus
    /// (bits 4–5) how many of its capitalised uses were tagged (0: under a third, 1: under two thirds, 2: more, 3: all); 0
    /// without predictions or for a form tagged nowhere.
    /// </summary>
    public int MajorityOf(ReadOnlySpan<char> word) => _majority?.GetValueOrDefault(LowerKey(word)) ?? 0;

    /// <summary>The key of an acronym or a run's initials: the letters as written (initials are capitals).</summary>
    public static ulong AcronymKey(ReadOnlySpan<char> letters) => FeatureHash.Of(0, letters);

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > MaxAcronym)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The corpus evidence of a word form (<see cref="NameLexicon.Of"/>), 0 without a lexicon or for an unlisted form.</summary>
    public int LexiconOf(ReadOnlySpan<char> word) => _lexicon?.Of(word) ?? 0;

    /// <summary>Bit mask of the entity types a first stage gave the form somewhere in the document (0 without predictions).</summary>
    public int PredictedTypesOf(ReadOnlySpan<char> word) => _predictedTypes?.GetValueOrDefault(LowerKey(word)) ?? 0;

    /// <summary>The evidence flags of a word form (case-insensitive).</summary>
    public byte Of(ReadOnlySpan<char> word) => _flags.GetValueOrDefault(LowerKey(word));

    private static ulong LowerKey(ReadOnlySpan<char> word) => FeatureHash.End(FeatureHash.AddLower(FeatureHash.Begin(0), word));

    private static bool IsCapitalised(ReadOnlySpan<char> word) => !word.IsEmpty && char.IsUpper(word[0]);

    private void Add(ulong key, byte flags) => _flags[key] = (byte)(_flags.GetValueOrDefault(key) | flags);
}
