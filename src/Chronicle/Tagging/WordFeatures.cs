using Chronicle.Learning;

namespace Chronicle.Tagging;

/// <summary>
/// The lexical hashes of one token, computed once per token from its text span so that feature templates
/// combine precomputed values instead of re-reading characters. Shared by the tagger and the parser.
/// </summary>
public readonly struct WordFeatures
{
    /// <summary>The value used for positions before the start or past the end of the sentence.</summary>
    public static readonly WordFeatures Padding = new(0x5A5A_0001UL, 0x5A5A_0002UL);

    private const int MaxShapeRun = 3;

    private WordFeatures(ulong form, ulong norm)
    {
        Form = form;
        Norm = norm;
        Shape = norm;
        Prefix1 = Prefix2 = Prefix3 = norm;
        Suffix1 = Suffix2 = Suffix3 = Suffix4 = norm;
    }

    private WordFeatures(ReadOnlySpan<char> text)
    {
        Form = FormOf(text);
        var shape = 3UL;
        var lastShape = '\0';
        var run = 0;
        foreach (var c in text)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = s == lastShape ? run + 1 : 0;
            lastShape = s;
            if (run < MaxShapeRun)
            {
                shape = FeatureHash.Add(shape, new ReadOnlySpan<char>(in s));
            }
        }

        Norm = NormOf(text);
        Shape = shape;
        Prefix1 = Affix(text, 1, fromEnd: false);
        Prefix2 = Affix(text, 2, fromEnd: false);
        Prefix3 = Affix(text, 3, fromEnd: false);
        Suffix1 = Affix(text, 1, fromEnd: true);
        Suffix2 = Affix(text, 2, fromEnd: true);
        Suffix3 = Affix(text, 3, fromEnd: true);
        Suffix4 = Affix(text, 4, fromEnd: true);
        Capitalisation = CapitalisationOf(text);
    }

    /// <summary>For words of two or more letters only: 1 lower case, 2 capitalised, 3 all capitals; 0 for anything else.</summary>
    public int Capitalisation { get; }

    /// <summary>The exact form (case kept).</summary>
    public ulong Form { get; }

    /// <summary>Lower-cased form with digits mapped to 0.</summary>
    public ulong Norm { get; }

    /// <summary>Character classes (X, x, d, punctuation as itself) with runs capped.</summary>
    public ulong Shape { get; }

    public ulong Prefix1 { get; }

    public ulong Prefix2 { get; }

    public ulong Prefix3 { get; }

    public ulong Suffix1 { get; }

    public ulong Suffix2 { get; }

    public ulong Suffix3 { get; }

    public ulong Suffix4 { get; }

    public static WordFeatures Of(ReadOnlySpan<char> text) => new(text);

    /// <summary>Just <see cref="Form"/>.</summary>
    public static ulong FormOf(ReadOnlySpan<char> text) => FeatureHash.Add(1, text);

    /// <summary>Just <see cref="Norm"/>: the lower-cased form with digits as 0 (so numbers, years and amounts share statistics).</summary>
    public static ulong NormOf(ReadOnlySpan<char> text)
    {
        var norm = 2UL;
        foreach (var c in text)
        {
            var lower = char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(c);
            norm = FeatureHash.Add(norm, new ReadOnlySpan<char>(in lower));
        }

        return norm;
    }

    private static int CapitalisationOf(ReadOnlySpan<char> text)
    {
        if (text.Length < 2)
        {
            return 0;
        }

        var upper = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                return 0;
            }

            upper += char.IsUpper(c) ? 1 : 0;
        }

        return upper == text.Length ? 3 : char.IsUpper(text[0]) ? 2 : 1;
    }

    private static ulong Affix(ReadOnlySpan<char> text, int length, bool fromEnd)
    {
        var take = Math.Min(length, text.Length);
        var part = fromEnd ? text[^take..] : text[..take];
        return FeatureHash.AddLower((ulong)(fromEnd ? 10 + length : 20 + length), part);
    }
}
