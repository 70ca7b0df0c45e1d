using System.Diagnostics.CodeAnalysis;

namespace Chronicle.Actors;

/// <summary>
/// A CAMEO-style actor code: a three-letter country (ISO alpha-3) or non-state prefix (IGO, NGO, …)
/// followed by zero or more three-letter sector codes, e.g. <c>RUSGOV</c>, <c>IGOJUD</c>, <c>USAMIL</c>.
/// </summary>
public readonly record struct ActorCode
{
    private ActorCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>The first three letters: the country, or the non-state prefix.</summary>
    public string Prefix => Value[..3];

    public static bool TryParse(string? text, [NotNullWhen(true)] out ActorCode? code)
    {
        code = null;
        if (string.IsNullOrEmpty(text) || text.Length % 3 != 0 || text.Length > 15)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        code = new ActorCode(text);
        return true;
    }

    public static ActorCode Parse(string text) =>
        TryParse(text, out var code) ? code.Value : throw new FormatException($"'{text}' is not an actor code (groups of three capital letters).");

    /// <summary>The three-letter groups after the prefix: the sectors (GOV, MIL, …) or known-group codes.</summary>
    public int SectorCount => (Value.Length / 3) - 1;

    /// <summary>The three-letter group at position <paramref name="index"/> after the prefix.</summary>
    public string Sector(int index) => (uint)index < (uint)SectorCount
        ? Value.Substring((index + 1) * 3, 3)
        : throw new ArgumentOutOfRangeException(nameof(index), index, $"'{Value}' has {SectorCount} sector group(s).");

    /// <summary>True when one of the groups after the prefix is <paramref name="sector"/>.</summary>
    public bool HasSector(ReadOnlySpan<char> sector)
    {
        for (var i = 3; i + 3 <= Value.Length; i += 3)
        {
            if (Value.AsSpan(i, 3).SequenceEqual(sector))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Builds a code from a prefix (country or non-state code) and sector groups, e.g. ("RUS", "GOV") → RUSGOV.</summary>
    public static ActorCode Create(string prefix, params ReadOnlySpan<string> sectors)
    {
        var text = string.Concat(prefix, string.Concat(sectors));
        return TryParse(text, out var code)
            ? code.Value
            : throw new FormatException($"'{prefix}' with sectors '{string.Join(",", sectors.ToArray())}' does not make an actor code (groups of three capital letters, five at most).");
    }

    /// <summary>This code with one more sector group, unless it already has it: USA + GOV → USAGOV.</summary>
    public ActorCode WithSector(string sector) => HasSector(sector) ? this : Create(Value, sector);

    /// <summary>The bare prefix as a code: RUSGOV → RUS.</summary>
    public ActorCode PrefixOnly => Value.Length == 3 ? this : new ActorCode(Prefix);

    public override string ToString() => Value;
}
