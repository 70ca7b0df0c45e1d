using Chronicle.Documents;
using Chronicle.Entities;

namespace Chronicle.Events;

/// <summary>
/// What the event coder knows about one document while coding it: which entity each token belongs to and the
/// actors that were subjects of the sentences read so far (the antecedents of a later "it" or "they").
/// Built per call, never shared.
/// </summary>
internal sealed class CodingContext
{
    public CodingContext(Document document)
    {
        Document = document;
        EntityOfToken = new int[document.Tokens.Length];
        Array.Fill(EntityOfToken, -1);
        var entities = document.Entities;
        for (var e = 0; e < entities.Count; e++)
        {
            foreach (var mention in entities[e].Mentions)
            {
                for (var t = document.TokenIndexAtOrAfter(mention.Start); t < document.Tokens.Length && document.Tokens[t].Start < mention.End; t++)
                {
                    EntityOfToken[t] = e;
                }
            }
        }
    }

    public Document Document { get; }

    /// <summary>Index into <see cref="Document.Entities"/> for each token, or -1.</summary>
    public int[] EntityOfToken { get; }

    /// <summary>The actors last seen as a clause subject, most recent last: antecedents for pronouns.</summary>
    public List<EventArgument> RecentSubjects { get; } = [];

    /// <summary>
    /// The source of the latest event each noun of a trigger named ("issued an arrest warrant": warrant → the
    /// court): "the warrant" later in the article is that event, and whose it is.
    /// </summary>
    public Dictionary<string, EventArgument> EventNouns { get; } = new(StringComparer.Ordinal);

    public ResolvedEntity? EntityAt(int token) => EntityOfToken[token] is var e and >= 0 ? Document.Entities[e] : null;

    public void NoteSubject(EventArgument argument)
    {
        if (argument.Actor is null)
        {
            return;
        }

        RecentSubjects.Add(argument);
        if (RecentSubjects.Count > 8)
        {
            RecentSubjects.RemoveAt(0);
        }
    }
}
