using Chronicle.Actors;
using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Tests.Support;
using Chronicle.Time;
using L = Chronicle.Documents.DependencyLabel;

namespace Chronicle.Tests.Events;

/// <summary>Documents with hand-built dependency trees, entities and time expressions, for the event coder's tests.</summary>
internal static class ParsedDocuments
{
    public static readonly DateOnly Published = new(2023, 3, 21);

    /// <summary>Segments the text and sets one (head, label) arc per token, heads as token indices (-1 = root).</summary>
    public static Document Parsed(string text, params (int Head, L Label)[] arcs)
    {
        var document = TestDocuments.Segmented(text, Published);
        Assert.Equal(arcs.Length, document.Tokens.Length);
        for (var i = 0; i < arcs.Length; i++)
        {
            document.Tokens[i].Head = arcs[i].Head;
            document.Tokens[i].Dependency = arcs[i].Label;
            document.Tokens[i].Pos = arcs[i].Label switch
            {
                L.Root or L.Ccomp or L.Xcomp or L.Advcl or L.AclRelcl or L.Acl or L.Conj when i == 0 || char.IsLower(document.Text[document.Tokens[i].Start]) => UniversalPos.VERB,
                L.Aux or L.AuxPass => UniversalPos.AUX,
                L.Case => UniversalPos.ADP,
                L.Punct => UniversalPos.PUNCT,
                L.Det => UniversalPos.DET,
                _ when char.IsUpper(document.Text[document.Tokens[i].Start]) && i > 0 => UniversalPos.PROPN,
                _ => UniversalPos.NOUN,
            };
        }

        return document;
    }

    /// <summary>Adds an entity whose mentions are every whole-word occurrence of each surface form.</summary>
    public static Document WithEntity(this Document document, string name, EntityType type, string? actor, params string[] surfaces)
    {
        var mentions = new List<TextRange>();
        foreach (var surface in surfaces.Length == 0 ? [name] : surfaces)
        {
            for (var at = document.Text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = document.Text.IndexOf(surface, at + 1, StringComparison.Ordinal))
            {
                var end = at + surface.Length;
                var wholeWord = (at == 0 || !char.IsLetter(document.Text[at - 1])) && (end == document.Text.Length || !char.IsLetter(document.Text[end]));
                if (wholeWord)
                {
                    mentions.Add(new TextRange(at, end));
                }
            }
        }

        Assert.NotEmpty(mentions);
        var code = actor is null ? (ActorCode?)null : ActorCode.Parse(actor);
        document.Entities = [.. document.Entities, new ResolvedEntity { Name = name, Type = type, Mentions = mentions, Actor = code, Country = code?.Prefix }];
        return document;
    }

    /// <summary>Adds a resolved time expression over the first occurrence of its text.</summary>
    public static Document WithTime(this Document document, string text, string value)
    {
        var at = document.Text.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{text}' is not in the document");
        document.TimeExpressions = [.. document.TimeExpressions, new TimeExpression(new TextRange(at, at + text.Length), TimeExpressionKind.Date, value)];
        return document;
    }
}
