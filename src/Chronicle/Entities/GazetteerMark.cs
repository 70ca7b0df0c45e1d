namespace Chronicle.Entities;

/// <summary>
/// What a gazetteer says about one token: it lies at <see cref="Position"/> of a listed name of
/// <see cref="Category"/>. The default value (category 0) means the token is in no listed name.
/// A <see cref="LayeredGazetteer"/> adds a second, independent reading (<see cref="Secondary"/> at
/// <see cref="SecondaryPosition"/>) from another gazetteer, so the two lists' marks keep their own weights.
/// </summary>
/// <param name="Category">A gazetteer category, 1–255 (e.g. country, capital, leader); the gazetteer defines them.</param>
/// <param name="Secondary">The second gazetteer's category, 0 for none.</param>
public readonly record struct GazetteerMark(byte Category, BilouPosition Position, byte Secondary = 0, BilouPosition SecondaryPosition = BilouPosition.Begin)
{
    /// <summary>No mark of the first (or only) gazetteer.</summary>
    public bool IsEmpty => Category == 0;

    /// <summary>A mark of the second gazetteer of a <see cref="LayeredGazetteer"/>.</summary>
    public bool HasSecondary => Secondary != 0;

    /// <summary>Marks the tokens of one listed name (one slot each) with <paramref name="category"/> and their BILOU positions.</summary>
    public static void Fill(Span<GazetteerMark> name, byte category)
    {
        for (var t = 0; t < name.Length; t++)
        {
            var position = name.Length == 1 ? BilouPosition.Unit : t == 0 ? BilouPosition.Begin : t == name.Length - 1 ? BilouPosition.Last : BilouPosition.Inside;
            name[t] = new GazetteerMark(category, position);
        }
    }
}
