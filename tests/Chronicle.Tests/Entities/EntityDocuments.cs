using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Entities;

/// <summary>Documents with recogniser mentions set by hand, so entity resolution is tested without the NER model.</summary>
internal static class EntityDocuments
{
    public static readonly DateOnly March2023 = new(2023, 3, 21);

    /// <summary>A segmented document whose mentions are every whole-word occurrence of each given name.</summary>
    public static Document With(string text, params (string Name, EntityType Type)[] names) => With(text, March2023, names);

    public static Document With(string text, DateOnly published, params (string Name, EntityType Type)[] names)
    {
        var document = TestDocuments.Segmented(text, published);
        var mentions = new List<EntityMention>();
        foreach (var (name, type) in names)
        {
            var at = 0;
            while ((at = text.IndexOf(name, at, StringComparison.Ordinal)) >= 0)
            {
                var end = at + name.Length;
                var wholeWord = (at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]));
                var first = document.TokenIndexAtOrAfter(at);
                var last = document.TokenIndexAtOrAfter(end);
                if (wholeWord && first < last && document.Tokens[first].Start == at)
                {
                    mentions.Add(new EntityMention(new TokenRange(first, last), new TextRange(at, end), type));
                }

                at = end;
            }
        }

        document.Mentions = [.. mentions.OrderBy(m => m.Characters.Start)];
        return document;
    }

    /// <summary>Sets a dependency arc by hand: the token starting at <paramref name="dependent"/>'s first occurrence.</summary>
    public static void Arc(Document document, string dependent, string head, DependencyLabel label, int occurrence = 0)
    {
        var d = TokenOf(document, dependent, occurrence);
        var h = TokenOf(document, head, 0);
        document.Tokens[d].Head = h;
        document.Tokens[d].Dependency = label;
    }

    public static ResolvedEntity Named(IReadOnlyList<ResolvedEntity> entities, string name) =>
        entities.SingleOrDefault(e => e.Name == name) ?? throw new Xunit.Sdk.XunitException(
            $"no entity named '{name}' among: {string.Join("; ", entities.Select(e => $"{e.Name} [{string.Join(", ", e.Aliases)}]"))}");

    private static int TokenOf(Document document, string word, int occurrence)
    {
        var seen = 0;
        for (var t = 0; t < document.Tokens.Length; t++)
        {
            if (document.TextOf(t).SequenceEqual(word) && seen++ == occurrence)
            {
                return t;
            }
        }

        throw new ArgumentException($"'{word}' (occurrence {occurrence}) is not a token of the document.", nameof(word));
    }
}
