using Chronicle.Documents;

namespace Chronicle.Training.Parsing;

/// <summary>A training sentence as the parser's features read it; <see cref="Gold"/> has the root as head n and -1 at n.</summary>
internal sealed record ParserExample(ulong[] Words, ulong[] Tags, ulong[] Classes, int[] Gold, DependencyLabel[] Labels);
