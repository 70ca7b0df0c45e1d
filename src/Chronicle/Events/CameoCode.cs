using System.Diagnostics.CodeAnalysis;

namespace Chronicle.Events;

/// <summary>
/// A CAMEO event code as GDELT writes it: two to four digits with the leading zero kept (<c>04</c>, <c>043</c>,
/// <c>0331</c>). <see cref="Parse"/> accepts only codes of the CAMEO code book, so every value has a name and a
/// Goldstein score.
/// </summary>
public readonly record struct CameoCode
{
    internal CameoCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>The two-digit root (<c>04</c> for <c>043</c>).</summary>
    public string Root => Value[..2];

    /// <summary>The root as a number, 1 to 20.</summary>
    public int RootNumber => ((Value[0] - '0') * 10) + (Value[1] - '0');

    /// <summary>The three-digit parent of a four-digit code, the root of a three-digit one, or itself for a root.</summary>
    public CameoCode Parent => Value.Length > 2 ? new CameoCode(Value[..^1]) : this;

    /// <summary>GDELT's QuadClass, computed from the root code as GDELT does.</summary>
    public QuadClass QuadClass => RootNumber switch
    {
        <= 5 => QuadClass.VerbalCooperation,
        <= 8 => QuadClass.MaterialCooperation,
        <= 13 => QuadClass.VerbalConflict,
        _ => QuadClass.MaterialConflict,
    };

    /// <summary>The Goldstein conflict–cooperation score of this code (from the embedded CAMEO table).</summary>
    public double Goldstein => CameoTable.Default[this].Goldstein;

    /// <summary>The CAMEO description of this code (from the embedded CAMEO table).</summary>
    public string Name => CameoTable.Default[this].Name;

    /// <summary>True when the text has the shape of a CAMEO code: 2 to 4 digits with a root from 01 to 20.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> text)
    {
        if (text.Length is < 2 or > 4)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        var root = ((text[0] - '0') * 10) + (text[1] - '0');
        return root is >= 1 and <= 20;
    }

    /// <summary>Parses a code of the CAMEO code book; false for malformed or unknown codes.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CameoCode? code)
    {
        code = null;
        if (text is null || !IsWellFormed(text) || !CameoTable.Default.Contains(text))
        {
            return false;
        }

        code = new CameoCode(text);
        return true;
    }

    public static CameoCode Parse(string text) =>
        TryParse(text, out var code)
            ? code.Value
            : throw new FormatException($"'{text}' is not a CAMEO event code (2 to 4 digits of the CAMEO code book, leading zeros kept).");

    public override string ToString() => Value ?? "";
}
