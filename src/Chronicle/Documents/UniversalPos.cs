namespace Chronicle.Documents;

/// <summary>Universal POS tags (UD v2). <see cref="None"/> means "not tagged yet".</summary>
public enum UniversalPos : byte
{
    None = 0,
    ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X,
}
