namespace Chronicle.Training.Conllu;

/// <summary>One sentence of a CoNLL-U file.</summary>
public sealed record ConlluSentence(IReadOnlyList<string> Comments, IReadOnlyList<ConlluWord> Words, IReadOnlyList<ConlluMultiword> Multiwords)
{
    /// <summary>The value of a <c># key = value</c> comment, or null.</summary>
    public string? Comment(string key)
    {
        var prefix = "# " + key + " =";
        foreach (var comment in Comments)
        {
            if (comment.StartsWith(prefix, StringComparison.Ordinal))
            {
                return comment[prefix.Length..].Trim();
            }
        }

        return null;
    }
}
