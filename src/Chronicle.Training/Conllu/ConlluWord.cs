namespace Chronicle.Training.Conllu;

/// <summary>One syntactic word of a CoNLL-U sentence. <see cref="Head"/> is 1-based (0 = root, -1 = none).</summary>
public sealed record ConlluWord(
    int Id, string Form, string Lemma, string Upos, string Xpos, string Feats, int Head, string Deprel, string Deps, string Misc);
