using System.Buffers;
using System.Collections.Frozen;
using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>
/// Finds lexicon phrases in a sentence. Every phrase word is expanded at load time into its inflected forms
/// (<see cref="EnglishInflection"/>), so a token is matched with one case-insensitive frozen-dictionary lookup on
/// its text span, plus one on its lemma when a tagger has set one. Phrases are indexed by their first word.
/// Immutable and thread-safe.
/// </summary>
internal sealed class PhraseMatcher
{
    private static readonly int[] s_none = [];

    // Words that end a clause: a gap never runs over them.
    private static readonly FrozenSet<string> s_gapStops = FrozenSet.ToFrozenSet(
        ["and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "because", "while", "when", "if", "after", "before", "since", "although", "though", "whether", "said", "says"],
        StringComparer.OrdinalIgnoreCase);

    private readonly PhrasePattern[] _patterns;
    private readonly int[][] _byFirstWord;
    private readonly int[][] _wordIds;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _forms;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lemmas;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _gapStops;

    public PhraseMatcher(IReadOnlyList<PhrasePattern> patterns)
    {
        _patterns = [.. patterns];
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var forms = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        _wordIds = new int[_patterns.Length][];
        for (var p = 0; p < _patterns.Length; p++)
        {
            var words = _patterns[p].Words;
            _wordIds[p] = new int[words.Length];
            for (var w = 0; w < words.Length; w++)
            {
                if (!ids.TryGetValue(words[w], out var id))
                {
                    id = ids.Count;
                    ids.Add(words[w], id);
                    foreach (var form in EnglishInflection.Forms(words[w]))
                    {
                        if (!forms.TryGetValue(form, out var list))
                        {
                            forms[form] = list = [];
                        }

                        list.Add(id);
                    }
                }

                _wordIds[p][w] = id;
            }
        }

        var byFirst = new List<int>[ids.Count];
        for (var p = 0; p < _patterns.Length; p++)
        {
            (byFirst[_wordIds[p][0]] ??= []).Add(p);
        }

        _byFirstWord = [.. byFirst.Select(l => l is null ? s_none : l.ToArray())];
        _forms = forms.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _lemmas = ids.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _gapStops = s_gapStops.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public PhrasePattern this[int pattern] => _patterns[pattern];

    /// <summary>Reports every occurrence of every phrase that starts and ends inside <paramref name="range"/>.</summary>
    public void Match<TSink>(Document document, TokenRange range, ref TSink sink)
        where TSink : struct, IPhraseSink
    {
        var start = Math.Max(range.Start, 0);
        var end = Math.Min(range.End, document.Tokens.Length);
        if (end <= start)
        {
            return;
        }

        // The word ids of each token are looked up once per sentence: phrases with gaps test a token several times.
        var length = end - start;
        var surface = ArrayPool<int[]>.Shared.Rent(length);
        var lemmas = ArrayPool<int>.Shared.Rent(length);
        try
        {
            for (var i = 0; i < length; i++)
            {
                surface[i] = _forms.TryGetValue(document.TextOf(start + i), out var ids) ? ids : s_none;
                lemmas[i] = LemmaId(document, start + i);
            }

            var words = new SentenceWords(start, surface, lemmas);
            for (var i = start; i < end; i++)
            {
                var ids = words.Surface(i);
                foreach (var id in ids)
                {
                    MatchStartingWith(document, words, id, i, end, ref sink);
                }

                var lemma = words.Lemma(i);
                if (lemma >= 0 && Array.IndexOf(ids, lemma) < 0)
                {
                    MatchStartingWith(document, words, lemma, i, end, ref sink);
                }
            }
        }
        finally
        {
            Array.Clear(surface, 0, length);
            ArrayPool<int[]>.Shared.Return(surface);
            ArrayPool<int>.Shared.Return(lemmas);
        }
    }

    private void MatchStartingWith<TSink>(Document document, SentenceWords words, int wordId, int start, int limit, ref TSink sink)
        where TSink : struct, IPhraseSink
    {
        foreach (var p in _byFirstWord[wordId])
        {
            var head = start;
            var stop = MatchRest(document, words, p, 1, start + 1, limit, ref head);
            if (stop >= 0 && _patterns[p].AllowsHeadPos(document.Tokens[head].Pos))
            {
                sink.Add(p, start, stop, head);
            }
        }
    }

    /// <summary>Matches words [element..] from <paramref name="token"/>; returns the end token or -1. Shortest gaps first.</summary>
    private int MatchRest(Document document, SentenceWords words, int pattern, int element, int token, int limit, ref int head)
    {
        var phrase = _patterns[pattern];
        if (element == phrase.Length)
        {
            return token;
        }

        var maxSkip = phrase.GapBefore[element] ? PhrasePattern.MaxGap : 0;
        for (var skip = 0; skip <= maxSkip; skip++)
        {
            var at = token + skip;
            if (at >= limit || (skip > 0 && !IsGapToken(document, at - 1)))
            {
                break;
            }

            if (words.Is(at, _wordIds[pattern][element]))
            {
                var end = MatchRest(document, words, pattern, element + 1, at + 1, limit, ref head);
                if (end >= 0)
                {
                    if (element == phrase.Head)
                    {
                        head = at;
                    }

                    return end;
                }
            }
        }

        return -1;
    }

    private int LemmaId(Document document, int token)
    {
        var lemma = document.Tokens[token].Lemma;
        return lemma >= 0 && lemma < document.Lemmas.Count && _lemmas.TryGetValue(document.Lemmas[lemma], out var id) ? id : -1;
    }

    /// <summary>A token a gap may cover: a word (not punctuation), not a clause-linking word, and, once tagged, not a verb.</summary>
    private bool IsGapToken(Document document, int token)
    {
        var text = document.TextOf(token);
        if (text.IsEmpty || !char.IsLetterOrDigit(text[0]) || _gapStops.Contains(text))
        {
            return false;
        }

        return document.Tokens[token].Pos is not (UniversalPos.VERB or UniversalPos.AUX or UniversalPos.PUNCT or UniversalPos.CCONJ or UniversalPos.SCONJ);
    }
}
