namespace Chronicle.Pipeline;

/// <summary>The annotation layers a component can require or assign.</summary>
[Flags]
public enum Annotation
{
    None = 0,
    Tokens = 1 << 0,
    Sentences = 1 << 1,
    Language = 1 << 2,
    PartsOfSpeech = 1 << 3,
    Lemmas = 1 << 4,
    Dependencies = 1 << 5,
    EntityMentions = 1 << 6,
    Entities = 1 << 7,
    TimeExpressions = 1 << 8,
    Quotes = 1 << 9,
    Events = 1 << 10,
}
