using Chronicle.Documents;

namespace Chronicle.Training.Parsing;

/// <summary>
/// A parsed sentence for training or scoring the relabeller: the parser's feature values per word (see
/// <see cref="Chronicle.Parsing.RelabelSentence"/>), the tree to relabel (<see cref="Heads"/>, -1 for the root, with
/// the parser's <see cref="ArcLabels"/> and runner-up <see cref="Alternatives"/>) and the gold tree. For training, <see cref="Heads"/> is the gold tree.
/// </summary>
public sealed record RelabelExample(
    ulong[] Words,
    ulong[] Tags,
    ulong[] Classes,
    ulong[] Upos,
    ulong[] Lemmas,
    int[] Heads,
    DependencyLabel[] ArcLabels,
    ushort[] Alternatives,
    int[] GoldHeads,
    DependencyLabel[] GoldLabels)
{
    public int Length => Heads.Length;
}
