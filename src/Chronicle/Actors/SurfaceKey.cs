namespace Chronicle.Actors;

/// <summary>
/// The lookup key of a surface form, as the scorer compares names: case, punctuation, diacritics and a leading
/// "the" ignored ("the U.S." = "US" = "us", "Élysée" = "Elysee"). Works on spans into a caller buffer so the
/// per-mention lookup allocates nothing.
/// </summary>
internal static class SurfaceKey
{
    /// <summary>Longest surface form normalised on the stack; longer ones are not names in the knowledge base.</summary>
    public const int MaxLength = 96;

    private static readonly string[] _leadingArticles = ["the "];

    /// <summary>
    /// Writes the key of <paramref name="surface"/> into <paramref name="destination"/> and returns its length
    /// (0 when the form has no letters or digits, or is longer than the destination).
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> surface, Span<char> destination, out bool hasLowercase)
    {
        hasLowercase = false;
        var length = 0;
        var pendingSpace = false;
        foreach (var raw in surface)
        {
            if (char.IsLower(raw))
            {
                hasLowercase = true;
            }

            if (char.IsLetterOrDigit(raw))
            {
                if (pendingSpace && length > 0)
                {
                    if (length >= destination.Length)
                    {
                        return 0;
                    }

                    destination[length++] = ' ';
                }

                pendingSpace = false;
                var first = Fold(char.ToLowerInvariant(raw), out var second);
                if (length + (second == '\0' ? 1 : 2) > destination.Length)
                {
                    return 0;
                }

                destination[length++] = first;
                if (second != '\0')
                {
                    destination[length++] = second;
                }
            }
            else if (raw == '&')
            {
                // "Trinidad & Tobago" = "Trinidad and Tobago".
                if (length + 5 > destination.Length)
                {
                    return 0;
                }

                if (length > 0)
                {
                    destination[length++] = ' ';
                }

                "and".AsSpan().CopyTo(destination[length..]);
                length += 3;
                pendingSpace = true;
            }
            else if (raw is '.' or '\'' or '\u2019' or '\u2018' or '\u02BC')
            {
                // Dropped, not a word break: "U.S." = "US", "d'Ivoire" = "dIvoire".
            }
            else
            {
                pendingSpace = true;
            }
        }

        foreach (var article in _leadingArticles)
        {
            if (length > article.Length && destination[..length].StartsWith(article, StringComparison.Ordinal))
            {
                destination[article.Length..length].CopyTo(destination);
                length -= article.Length;
            }
        }

        return length;
    }

    /// <summary>The key as a string, for building the dictionaries at load time.</summary>
    public static string ToKey(string surface)
    {
        Span<char> buffer = stackalloc char[Math.Max(MaxLength, surface.Length * 2 + 8)];
        var length = Normalize(surface, buffer, out _);
        return new string(buffer[..length]);
    }

    /// <summary>
    /// The form without an English possessive ending ("Russia's" → "Russia", "Brussels'" → "Brussels"),
    /// or an empty span when it has none.
    /// </summary>
    public static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> surface)
    {
        var trimmed = surface.TrimEnd();
        if (trimmed.Length > 2 && (trimmed[^1] is 's' or 'S') && IsApostrophe(trimmed[^2]))
        {
            return trimmed[..^2];
        }

        if (trimmed.Length > 1 && IsApostrophe(trimmed[^1]) && trimmed[^2] is 's' or 'S')
        {
            return trimmed[..^1];
        }

        return [];
    }

    /// <summary>Whether an alias is a short initialism that must be matched only when written in capitals ("US", "WHO", "UN").</summary>
    public static bool IsCaseSensitiveAcronym(string alias)
    {
        var letters = 0;
        foreach (var c in alias)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters is > 0 and <= 3;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>
    /// Folds the lower-case Latin letters with diacritics that occur in names ("é" → "e", "ß" → "ss");
    /// others pass through. Hand-written because the library runs with invariant globalization.
    /// </summary>
    private static char Fold(char c, out char second)
    {
        second = '\0';
        switch (c)
        {
            case 'æ':
                second = 'e';
                return 'a';
            case 'œ':
                second = 'e';
                return 'o';
            case 'ß':
                second = 's';
                return 's';
        }

        return c switch
        {
            'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'ā' or 'ă' or 'ą' => 'a',
            'ç' or 'ć' or 'č' => 'c',
            'ď' or 'đ' => 'd',
            'è' or 'é' or 'ê' or 'ë' or 'ē' or 'ė' or 'ę' or 'ě' => 'e',
            'ğ' => 'g',
            'ì' or 'í' or 'î' or 'ï' or 'ī' or 'ı' => 'i',
            'ł' or 'ľ' or 'ĺ' => 'l',
            'ñ' or 'ń' or 'ň' => 'n',
            'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' or 'ō' or 'ő' => 'o',
            'ř' => 'r',
            'ś' or 'š' or 'ş' or 'ș' => 's',
            'ť' or 'ţ' or 'ț' => 't',
            'ù' or 'ú' or 'û' or 'ü' or 'ū' or 'ů' or 'ű' => 'u',
            'ý' or 'ÿ' => 'y',
            'ź' or 'ż' or 'ž' => 'z',
            _ => c,
        };
    }
}
