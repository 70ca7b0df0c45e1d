namespace Chronicle.Quotes;

/// <summary>What a token can be as a quotation mark: double or single, and which way it can face.</summary>
internal enum QuoteMarkShape : byte
{
    None,
    DoubleOpen,
    DoubleClose,
    DoubleEither,
    SingleOpen,
    SingleClose,
    SingleEither,
}
