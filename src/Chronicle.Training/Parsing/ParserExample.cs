using Chronicle.Documents;

namespace Chronicle.Training.Parsing;

/// <summary>
/// A training sentence as the parser's features read it; <see cref="Gold"/> has the root as head n and -1 at n.
/// <see cref="Upos"/> and <see cref="Lemmas"/> hold one value per word (no root entry), for <see cref="Chronicle.Parsing.ParseState.Reset(int, ReadOnlySpan{ulong}, ReadOnlySpan{ulong}, ReadOnlySpan{ulong})"/>.
/// </summary>
internal sealed record ParserExample(ulong[] Words, ulong[] Tags, ulong[] Classes, int[] Gold, DependencyLabel[] Labels, ulong[] Upos, ulong[] Lemmas);
