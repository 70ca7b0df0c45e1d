namespace Chronicle.Quotes;

/// <summary>How a double quotation mark is typed: a quote keeps one family across its paragraphs.</summary>
internal enum MarkFamily : byte
{
    None,
    Straight,
    Curly,
    Doubled,
}
