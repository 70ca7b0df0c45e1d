using System.Security.Cryptography;
using System.Text;

namespace Chronicle.Ingestion;

/// <summary>Stable ids for articles that came without one.</summary>
public static class ArticleIds
{
    /// <summary>A hash of the text with case and whitespace normalised, so trivially different copies share an id.</summary>
    public static string FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = normalised.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                normalised.Append(' ');
                pendingSpace = false;
            }

            normalised.Append(char.ToLowerInvariant(c));
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalised.ToString()));
        return "sha256-" + Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }
}
