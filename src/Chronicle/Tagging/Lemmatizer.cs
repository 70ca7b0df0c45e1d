using Chronicle.Documents;
using Chronicle.Learning;

namespace Chronicle.Tagging;

/// <summary>
/// Rule + lexicon lemmatiser. A lexicon built from the training treebanks maps (lower-cased form, Penn tag) to the
/// lemma, so known words get their lemma string from the model's table (nothing is built per token); unknown words
/// get the most frequent suffix rewrite ("strip k characters, append s") learnt for their tag and longest known suffix.
/// Proper-noun forms keep their case; other forms are lower-cased first. Immutable and thread-safe.
/// </summary>
public sealed class Lemmatizer
{
    /// <summary>Longest suffix a rule is keyed on.</summary>
    public const int MaxSuffix = 5;

    private readonly Dictionary<ulong, string> _lexicon;
    private readonly Dictionary<ulong, Rule> _rules;
    private readonly bool[] _isProper;

    /// <param name="lexicon">Entries "form\ttag\tlemma" (form lower-cased unless the tag is a proper noun).</param>
    /// <param name="rules">Entries "tag\tsuffix\tstrip\tappend".</param>
    /// <param name="tagNames">The tagger's tag names (index = <see cref="TokenData.Tag"/>).</param>
    public Lemmatizer(IReadOnlyList<string> lexicon, IReadOnlyList<string> rules, IReadOnlyList<string> tagNames)
    {
        var tagIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < tagNames.Count; i++)
        {
            tagIds[tagNames[i]] = i;
        }

        _isProper = [.. tagNames.Select(IsProperTag)];
        _lexicon = new Dictionary<ulong, string>(lexicon.Count);
        foreach (var entry in lexicon)
        {
            var parts = entry.Split('\t');
            if (parts.Length == 3 && tagIds.TryGetValue(parts[1], out var tag))
            {
                _lexicon[LexiconKey(parts[0], tag)] = string.Intern(parts[2]);
            }
        }

        _rules = new Dictionary<ulong, Rule>(rules.Count);
        foreach (var entry in rules)
        {
            var parts = entry.Split('\t');
            if (parts.Length == 4 && tagIds.TryGetValue(parts[0], out var tag) && int.TryParse(parts[2], out var strip))
            {
                _rules[RuleKey(parts[1], tag)] = new Rule(strip, parts[3]);
            }
        }
    }

    public static bool IsProperTag(string tag) => tag is "NNP" or "NNPS";

    /// <summary>The lemma index to store in <see cref="TokenData.Lemma"/> (-1 when the lemma is the token's text).</summary>
    public int Lemmatize(Document document, int tokenIndex, int tag)
    {
        var text = document.TextOf(tokenIndex);
        var proper = (uint)tag < (uint)_isProper.Length && _isProper[tag];
        var key = proper ? FeatureHash.Add(FeatureHash.Begin(tag), text) : FeatureHash.AddLower(FeatureHash.Begin(tag), text);
        if (_lexicon.TryGetValue(key, out var lemma))
        {
            return text.SequenceEqual(lemma) ? -1 : document.AddLemma(lemma);
        }

        // The longest suffix with a learnt rewrite decides; none at all leaves the (lower-cased) form.
        var rule = new Rule(0, "");
        for (var length = Math.Min(MaxSuffix, text.Length); length >= 0; length--)
        {
            var suffix = text[^length..];
            var suffixKey = FeatureHash.AddLower(FeatureHash.Begin(-1 - tag), suffix);
            if (_rules.TryGetValue(suffixKey, out var found))
            {
                rule = found;
                break;
            }
        }

        var strip = Math.Min(rule.Strip, text.Length);
        var stem = text[..^strip];
        if (proper && rule.Append.Length == 0 && strip == 0)
        {
            return -1;
        }

        if (!proper && rule.Append.Length == 0 && strip == 0 && !HasUpper(text))
        {
            return -1;
        }

        var result = string.Create(stem.Length + rule.Append.Length, (document, tokenIndex, stem.Length, rule.Append, proper), static (span, state) =>
        {
            var source = state.document.TextOf(state.tokenIndex)[..state.Length];
            if (state.proper)
            {
                source.CopyTo(span);
            }
            else
            {
                source.ToLowerInvariant(span);
            }

            state.Append.CopyTo(span[state.Length..]);
        });
        return document.AddLemma(result);
    }

    /// <summary>The lexicon key; <paramref name="form"/> must already be lower-cased unless the tag is a proper noun.</summary>
    public static ulong LexiconKey(ReadOnlySpan<char> form, int tag) => FeatureHash.Add(FeatureHash.Begin(tag), form);

    /// <summary>The rule key of a (lower-cased) suffix for a tag.</summary>
    public static ulong RuleKey(ReadOnlySpan<char> suffix, int tag) => FeatureHash.AddLower(FeatureHash.Begin(-1 - tag), suffix);

    private static bool HasUpper(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct Rule(int Strip, string Append);
}
