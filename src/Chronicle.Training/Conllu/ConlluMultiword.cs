namespace Chronicle.Training.Conllu;

/// <summary>A multi-word token line ("1-2 don't"): the surface form covering words First..Last.</summary>
public sealed record ConlluMultiword(int First, int Last, string Form, string Misc);
