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

    public override string ToString() => Value;
}
