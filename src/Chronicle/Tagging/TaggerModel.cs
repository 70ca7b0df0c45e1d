using Chronicle.Documents;
using Chronicle.Learning;

namespace Chronicle.Tagging;

/// <summary>
/// The trained tagger: the Penn-tag model, the Penn → UPOS model, the tag dictionary of frequent unambiguous
/// words and the lemmatiser. Immutable; one instance serves any number of threads.
/// </summary>
public sealed class TaggerModel
{
    public const string Kind = "tagger";

    private readonly Dictionary<ulong, int> _tagDictionary;
    private readonly Dictionary<ulong, ulong> _ambiguity;
    private readonly bool[] _uposAllowed;

    /// <param name="tagNames">Penn tag names; index 0 is the "no tag" entry, class c of <paramref name="tags"/> is tag c + 1.</param>
    /// <param name="uposClasses">The UPOS of each class of <paramref name="upos"/>.</param>
    /// <param name="tagDictionary">Entries "form\ttag name" for frequent words that (nearly) always take one tag.</param>
    public TaggerModel(LinearModel tags, LinearModel upos, IReadOnlyList<string> tagNames, IReadOnlyList<UniversalPos> uposClasses,
        IReadOnlyList<string> tagDictionary, IReadOnlyList<string> ambiguityClasses, IReadOnlyList<string> lemmaLexicon, IReadOnlyList<string> lemmaRules,
        WordClasses? classes = null, LinearModel? stacked = null, IReadOnlyList<string>? uposByTag = null)
    {
        if (tags.ClassCount != tagNames.Count - 1 || upos.ClassCount != uposClasses.Count || (stacked is not null && stacked.ClassCount != tags.ClassCount))
        {
            throw new ArgumentException("The class counts of the tag models do not match their tables.");
        }

        Tags = tags;
        Stacked = stacked;
        Upos = upos;
        TagNames = tagNames;
        UposClasses = uposClasses;
        TagDictionaryEntries = tagDictionary;
        LemmaLexicon = lemmaLexicon;
        LemmaRules = lemmaRules;
        var ids = tagNames.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        _tagDictionary = [];
        foreach (var entry in tagDictionary)
        {
            var tab = entry.LastIndexOf('\t');
            if (tab > 0 && ids.TryGetValue(entry[(tab + 1)..], out var tag))
            {
                _tagDictionary[WordFeatures.FormOf(entry.AsSpan(0, tab))] = tag;
            }
        }

        AmbiguityEntries = ambiguityClasses;
        _ambiguity = [];
        foreach (var entry in ambiguityClasses)
        {
            var tab = entry.LastIndexOf('\t');
            if (tab > 0)
            {
                _ambiguity[WordFeatures.NormOf(entry.AsSpan(0, tab))] = Learning.FeatureHash.Of(0, entry.AsSpan(tab + 1));
            }
        }

        UposByTag = uposByTag ?? [];
        _uposAllowed = new bool[tagNames.Count * uposClasses.Count];
        Array.Fill(_uposAllowed, UposByTag.Count == 0);
        foreach (var entry in UposByTag)
        {
            var tab = entry.IndexOf('\t');
            if (tab <= 0 || !ids.TryGetValue(entry[..tab], out var tag))
            {
                continue;
            }

            foreach (var name in entry[(tab + 1)..].Split('|'))
            {
                var u = Enum.TryParse<UniversalPos>(name, out var pos) ? IndexOf(uposClasses, pos) : -1;
                if (u >= 0)
                {
                    _uposAllowed[(tag * uposClasses.Count) + u] = true;
                }
            }
        }

        Lemmatizer = new Lemmatizer(lemmaLexicon, lemmaRules, tagNames);
        Classes = classes ?? WordClasses.Empty;
    }

    /// <summary>
    /// Entries "Penn tag\tNOUN|PROPN": the UPOS each Penn tag took in training (rare pairs left out); the UPOS model
    /// chooses only among these, so a word's UPOS never contradicts its Penn tag (no NN read as VERB). Empty: no limit.
    /// </summary>
    public IReadOnlyList<string> UposByTag { get; }

    /// <summary>Whether UPOS class <paramref name="upos"/> (index into <see cref="UposClasses"/>) goes with Penn tag id <paramref name="tag"/>.</summary>
    public bool UposAllowed(int tag, int upos) => _uposAllowed[(tag * UposClasses.Count) + upos];

    /// <summary>The distributional word classes the features read (<see cref="WordClasses.Empty"/> for none).</summary>
    public WordClasses Classes { get; }

    /// <summary>Entries "word\tNN|VB": the tags each known (normalised) word took in training.</summary>
    public IReadOnlyList<string> AmbiguityEntries { get; }

    /// <summary>The hash of the word's training tag set, or 0 when the word is unknown.</summary>
    public ulong AmbiguityOf(in WordFeatures word) => _ambiguity.TryGetValue(word.Norm, out var value) ? value : 0;

    /// <summary>The first pass's Penn-tag model (<see cref="TaggerFeatures.Extract"/>).</summary>
    public LinearModel Tags { get; }

    /// <summary>
    /// The second pass's Penn-tag model (<see cref="TaggerFeatures.ExtractStacked"/>), which also reads the first pass's
    /// tags of the words to the right; null for a one-pass tagger.
    /// </summary>
    public LinearModel? Stacked { get; }

    public LinearModel Upos { get; }

    public IReadOnlyList<string> TagNames { get; }

    public IReadOnlyList<UniversalPos> UposClasses { get; }

    public IReadOnlyList<string> TagDictionaryEntries { get; }

    public IReadOnlyList<string> LemmaLexicon { get; }

    public IReadOnlyList<string> LemmaRules { get; }

    public Lemmatizer Lemmatizer { get; }

    /// <summary>The tag of a frequent unambiguous word (by exact form), or 0.</summary>
    public int DictionaryTag(in WordFeatures word) => _tagDictionary.TryGetValue(word.Form, out var tag) ? tag : 0;

    /// <exception cref="ModelLoadException">The file is missing, corrupt or for another feature set.</exception>
    public static TaggerModel Load(string path)
    {
        var archive = ModelArchive.Load(path, Kind, TaggerFeatures.Version);
        return FromArchive(archive, path);
    }

    public static TaggerModel FromArchive(ModelArchive archive, string path)
    {
        var uposNames = archive.Strings("upos", path);
        var upos = new UniversalPos[uposNames.Count];
        for (var i = 0; i < upos.Length; i++)
        {
            if (!Enum.TryParse(uposNames[i], out upos[i]))
            {
                throw new ModelLoadException(path, $"has an unknown UPOS '{uposNames[i]}'.");
            }
        }

        try
        {
            return new TaggerModel(archive.Linear("tags", path), archive.Linear("upos", path), archive.Strings("tags", path), upos,
                archive.Strings("tagdict", path), archive.Strings("ambiguity", path), archive.Strings("lemmas", path), archive.Strings("lemma-rules", path),
                WordClasses.FromTables(archive.Strings("clusters-coarse", path), archive.Strings("clusters-fine", path)),
                archive.LinearModels.ContainsKey("tags2") ? archive.Linear("tags2", path) : null,
                archive.Strings("upos-by-tag", path));
        }
        catch (ArgumentException ex)
        {
            throw new ModelLoadException(path, "is inconsistent: " + ex.Message, ex);
        }
    }

    public ModelArchive ToArchive() => new(
        Kind,
        TaggerFeatures.Version,
        Stacked is null
            ? new Dictionary<string, LinearModel> { ["tags"] = Tags, ["upos"] = Upos }
            : new Dictionary<string, LinearModel> { ["tags"] = Tags, ["tags2"] = Stacked, ["upos"] = Upos },
        new Dictionary<string, IReadOnlyList<string>>
        {
            ["tags"] = TagNames,
            ["upos"] = [.. UposClasses.Select(u => u.ToString())],
            ["tagdict"] = TagDictionaryEntries,
            ["ambiguity"] = AmbiguityEntries,
            ["lemmas"] = LemmaLexicon,
            ["lemma-rules"] = LemmaRules,
            ["clusters-coarse"] = Classes.Coarse,
            ["clusters-fine"] = Classes.Fine,
            ["upos-by-tag"] = UposByTag,
        });

    private static int IndexOf(IReadOnlyList<UniversalPos> classes, UniversalPos pos)
    {
        for (var i = 0; i < classes.Count; i++)
        {
            if (classes[i] == pos)
            {
                return i;
            }
        }

        return -1;
    }
}
