namespace Chronicle.Events;

/// <summary>The lexicon word ids of a sentence's tokens (by surface form and by tagger lemma), looked up once.</summary>
internal readonly struct SentenceWords(int start, int[][] surface, int[] lemmas)
{
    public int[] Surface(int token) => surface[token - start];

    public int Lemma(int token) => lemmas[token - start];

    public bool Is(int token, int wordId) => Array.IndexOf(surface[token - start], wordId) >= 0 || lemmas[token - start] == wordId;
}
