namespace Chronicle.Entities;

/// <summary>
/// What a gazetteer says about one token: it lies at <see cref="Position"/> of a listed name of
/// <see cref="Category"/>. The default value (category 0) means the token is in no listed name.
/// </summary>
/// <param name="Category">A gazetteer category, 1–255 (e.g. country, capital, leader); the gazetteer defines them.</param>
public readonly record struct GazetteerMark(byte Category, BilouPosition Position)
{
    public bool IsEmpty => Category == 0;
}
