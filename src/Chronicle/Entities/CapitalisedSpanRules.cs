namespace Chronicle.Entities;

/// <summary>
/// What a gazetteer that marks capitalised name spans (<see cref="CapitalisedSpans"/>) decides for itself: where a
/// name may start, which lower-case words may join its parts, and what a candidate span's text names. Implemented by
/// small structs, so the marking loop is specialised for each gazetteer and calls no delegate.
/// </summary>
internal interface ICapitalisedSpanRules
{
    /// <summary>Whether a name may start at a capitalised token with this text (e.g. not at a sentence's "The").</summary>
    bool CanStart(ReadOnlySpan<char> token);

    /// <summary>Whether this token may stand inside a name between capitalised words ("of", "de", "-").</summary>
    bool IsConnector(ReadOnlySpan<char> token);

    /// <summary>The gazetteer category of a span's text as it stands in the document, 0 when it names nothing listed.</summary>
    byte CategoryOf(ReadOnlySpan<char> span);
}
