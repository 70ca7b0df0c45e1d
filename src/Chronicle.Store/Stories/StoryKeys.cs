namespace Chronicle.Store.Stories;

/// <summary>
/// The coarse key under which event reports may belong to one story: source and target country (the first
/// three letters of the actor codes), PLOVER type and modality. Finer checks (actor codes, date, place)
/// happen in <see cref="StoryMerger"/>. Meetings (CONSULT) are symmetric: "Putin met Xi" and "Xi met Putin"
/// are one event, so their pair is ordered.
/// </summary>
internal static class StoryKeys
{
    public static string? Country(string? actor) =>
        string.IsNullOrWhiteSpace(actor) ? null : actor.Trim().Length <= 3 ? actor.Trim().ToUpperInvariant() : actor.Trim()[..3].ToUpperInvariant();

    public static bool IsSymmetric(string eventType) => string.Equals(eventType, "CONSULT", StringComparison.OrdinalIgnoreCase);

    public static string Base(string? source, string? target, string eventType, string modality)
    {
        var first = Country(source) ?? "-";
        var second = Country(target) ?? "-";
        if (IsSymmetric(eventType) && string.CompareOrdinal(first, second) > 0)
        {
            (first, second) = (second, first);
        }

        return $"{first}|{second}|{eventType.ToUpperInvariant()}|{modality.ToLowerInvariant()}";
    }
}
