using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// A source of name lists (countries, leaders, organisations) whose matches become NER features.
/// The recogniser must be trained with the same gazetteer it runs with: the weights of its marks are learnt.
/// Implementations are immutable and thread-safe.
/// </summary>
public interface IGazetteer
{
    /// <summary>A stable name, written into the model so a model is never run with another gazetteer.</summary>
    string Name { get; }

    /// <summary>
    /// Marks the tokens of <paramref name="sentence"/> that lie in listed names; <paramref name="marks"/> has one
    /// slot per sentence token, cleared by the caller.
    /// </summary>
    void Mark(Document document, TokenRange sentence, Span<GazetteerMark> marks);
}
