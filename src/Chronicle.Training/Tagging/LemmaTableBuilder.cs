using Chronicle.Tagging;
using Chronicle.Training.Corpora;

namespace Chronicle.Training.Tagging;

/// <summary>
/// Builds the lemmatiser's tables from treebank lemmas: the (form, tag) → majority lemma lexicon, and for unknown
/// words the majority suffix rewrite per (tag, suffix), learnt over word types so it reflects unseen words.
/// </summary>
internal static class LemmaTableBuilder
{
    /// <summary>Rewrites seen for fewer word types than this are dropped (noise and one-off irregulars).</summary>
    private const int MinRuleTypes = 2;

    public static (List<string> Lexicon, List<string> Rules) Build(IEnumerable<GoldSentence> sentences)
    {
        var lemmaCounts = new Dictionary<(string Form, string Tag), Dictionary<string, int>>();
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Length; i++)
            {
                var tag = sentence.Xpos[i];
                var form = Source(sentence.Words[i], tag);
                var lemma = sentence.Lemmas[i];
                if (lemma == "_")
                {
                    continue;
                }

                if (!lemmaCounts.TryGetValue((form, tag), out var counts))
                {
                    lemmaCounts[(form, tag)] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                counts[lemma] = counts.GetValueOrDefault(lemma) + 1;
            }
        }

        var lexicon = new List<string>();
        var ruleCounts = new Dictionary<(string Tag, string Suffix), Dictionary<(int Strip, string Append), int>>();
        foreach (var ((form, tag), counts) in lemmaCounts.OrderBy(p => p.Key.Form, StringComparer.Ordinal).ThenBy(p => p.Key.Tag, StringComparer.Ordinal))
        {
            var lemma = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key;
            lexicon.Add($"{form}\t{tag}\t{lemma}");
            var common = 0;
            while (common < form.Length && common < lemma.Length && form[common] == lemma[common])
            {
                common++;
            }

            var rewrite = (form.Length - common, lemma[common..]);
            for (var length = 0; length <= Math.Min(Lemmatizer.MaxSuffix, form.Length); length++)
            {
                var key = (tag, form[^length..]);
                if (!ruleCounts.TryGetValue(key, out var rewrites))
                {
                    ruleCounts[key] = rewrites = [];
                }

                rewrites[rewrite] = rewrites.GetValueOrDefault(rewrite) + 1;
            }
        }

        var rules = new List<string>();
        foreach (var ((tag, suffix), rewrites) in ruleCounts.OrderBy(p => p.Key.Tag, StringComparer.Ordinal).ThenBy(p => p.Key.Suffix, StringComparer.Ordinal))
        {
            var best = rewrites.OrderByDescending(r => r.Value).ThenBy(r => r.Key.Strip).ThenBy(r => r.Key.Append, StringComparer.Ordinal).First();
            if (best.Value >= MinRuleTypes || suffix.Length == 0)
            {
                rules.Add($"{tag}\t{suffix}\t{best.Key.Strip}\t{best.Key.Append}");
            }
        }

        return (lexicon, rules);
    }

    private static string Source(string word, string tag) => Lemmatizer.IsProperTag(tag) ? word : word.ToLowerInvariant();
}
