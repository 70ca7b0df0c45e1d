namespace Chronicle.Learning;

/// <summary>
/// Hashes feature template values to 64-bit keys without building strings, so feature extraction on the
/// per-token hot path allocates nothing. Template ids keep equal values of different templates apart.
/// </summary>
public static class FeatureHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>Starts a feature of the given template.</summary>
    public static ulong Begin(int template) => Mix(FnvOffset ^ (ulong)(uint)template * 0x9E3779B97F4A7C15UL);

    public static ulong Add(ulong hash, ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        // A separator keeps ("ab","c") apart from ("a","bc").
        return (hash ^ 0xFFFF) * FnvPrime;
    }

    /// <summary>Adds a value lower-cased on the fly (ASCII and Unicode letters), without allocating.</summary>
    public static ulong AddLower(ulong hash, ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * FnvPrime;
        }

        return (hash ^ 0xFFFF) * FnvPrime;
    }

    public static ulong Add(ulong hash, int value)
    {
        hash = (hash ^ (uint)value) * FnvPrime;
        return (hash ^ 0xFFFE) * FnvPrime;
    }

    /// <summary>Adds a precomputed 64-bit value (e.g. a word's hash computed once per token), without allocating.</summary>
    public static ulong Combine(ulong hash, ulong value)
    {
        hash = (hash ^ (value & 0xFFFFFFFFUL)) * FnvPrime;
        hash = (hash ^ (value >> 32)) * FnvPrime;
        return (hash ^ 0xFFFD) * FnvPrime;
    }

    /// <summary>Finishes a feature: a well-mixed, never-zero key (zero marks an empty slot in <see cref="LinearModel"/>).</summary>
    public static ulong End(ulong hash)
    {
        var mixed = Mix(hash);
        return mixed == 0 ? 1 : mixed;
    }

    public static ulong Of(int template, ReadOnlySpan<char> value) => End(Add(Begin(template), value));

    public static ulong Of(int template, int value) => End(Add(Begin(template), value));

    public static ulong Of(int template, int first, int second) => End(Add(Add(Begin(template), first), second));

    public static ulong Of(int template, ReadOnlySpan<char> first, ReadOnlySpan<char> second) => End(Add(Add(Begin(template), first), second));

    public static ulong Of(int template, int first, ReadOnlySpan<char> second) => End(Add(Add(Begin(template), first), second));

    /// <summary>SplitMix64 finaliser.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
