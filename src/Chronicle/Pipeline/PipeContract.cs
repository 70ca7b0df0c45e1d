namespace Chronicle.Pipeline;

/// <summary>What a component needs from earlier components and what it adds.</summary>
/// <param name="Requires">Layers that must be assigned before this component runs.</param>
/// <param name="Assigns">Layers this component assigns.</param>
/// <param name="EnglishOnly">True when the component only makes sense for English text; it is skipped (with a note) for other languages.</param>
public sealed record PipeContract(Annotation Requires, Annotation Assigns, bool EnglishOnly = true);
