using Chronicle.Documents;

namespace Chronicle.Training.Parsing;

/// <summary>
/// What the jackknife fold taggers predicted for the parser's training sentences, one array per sentence and word:
/// Penn tags, universal POS and lemmas, as the tagger gives them to the parser at run time.
/// </summary>
public sealed record JackknifedTags(IReadOnlyList<string[]> Xpos, IReadOnlyList<UniversalPos[]> Upos, IReadOnlyList<string[]> Lemmas);
