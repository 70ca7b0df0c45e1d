using Chronicle.Actors;
using Chronicle.Documents;
using Chronicle.Entities;

namespace Chronicle.Events;

/// <summary>
/// Turns the head token of an argument into actors: the entity the token belongs to (with its actor code),
/// else a common noun with a sector ("troops" → MIL) and a country from its modifiers ("Russian troops" →
/// RUSMIL, "the ICC's prosecutor" → the court), else a name the knowledge base knows; coordinated heads give
/// one actor each ("Putin and Xi"). Pronouns take the subject of the reporting clause or of a recent sentence.
/// Nothing is invented: a head that resolves to nothing gives no argument.
/// </summary>
internal sealed class ActorResolver
{
    private const int MaxConjuncts = 8;

    private static readonly HashSet<string> s_personalPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "him", "her", "his" };

    private static readonly HashSet<string> s_otherPronouns = new(StringComparer.OrdinalIgnoreCase) { "it", "they", "them", "its", "their", "we", "us", "our" };

    private readonly ActorKnowledgeBase _knowledge;

    public ActorResolver(ActorKnowledgeBase knowledge) => _knowledge = knowledge;

    /// <summary>Adds the actors an argument head (and its conjuncts) stands for.</summary>
    public void Resolve(ParseView view, CodingContext context, int head, List<EventArgument> into)
    {
        ResolveOne(view, context, head, into);
        var count = 0;
        foreach (var child in view.Children(head))
        {
            if (view.Label(child) == DependencyLabel.Conj && count++ < MaxConjuncts)
            {
                Resolve(view, context, child, into);
            }
        }
    }

    /// <summary>The actors of several argument heads, each actor once.</summary>
    public List<EventArgument> ResolveAll(ParseView view, CodingContext context, IReadOnlyList<int> heads)
    {
        var arguments = new List<EventArgument>();
        foreach (var head in heads)
        {
            Resolve(view, context, head, arguments);
        }

        // One actor once: "Putin and the Russian president" or an entity reached twice.
        for (var i = arguments.Count - 1; i > 0; i--)
        {
            for (var j = 0; j < i; j++)
            {
                if (arguments[j].Key == arguments[i].Key && arguments[j].Name == arguments[i].Name)
                {
                    arguments.RemoveAt(i);
                    break;
                }
            }
        }

        return arguments;
    }

    public static bool IsPronoun(ParseView view, int token)
    {
        var text = view.Document.TextOf(token).ToString();
        return s_personalPronouns.Contains(text) || s_otherPronouns.Contains(text);
    }

    private void ResolveOne(ParseView view, CodingContext context, int head, List<EventArgument> into)
    {
        if (context.EntityOfToken[head] is var e and >= 0)
        {
            into.Add(FromEntity(context, e, head));
            return;
        }

        if (IsPronoun(view, head))
        {
            foreach (var antecedent in Antecedents(view, context, head))
            {
                into.Add(antecedent with { Head = head });
            }

            return;
        }

        // A name first ("European Union" is the organisation, not a European region).
        if ((char.IsUpper(view.Document.TextOf(head)[0]) || IsArticlePrefix(view.Document.TextOf(head))) && LookUp(view, context, head) is { } named)
        {
            into.Add(named);
            return;
        }

        var before = into.Count;
        var sector = SectorOf(view, head);

        // "the Turkish and Greek sides of the island of Cyprus": the word's own adjective, compound or possessor
        // says whose it is; an "of" phrase only when none does.
        for (var pass = 0; pass < 2 && into.Count == before; pass++)
        {
            ResolveModifiers(view, context, head, sector, ofPhrases: pass == 1, into);
        }

        if (into.Count == before && IsDefinite(view, head) && context.EventNouns.TryGetValue(view.Lemma(head), out var eventSource))
        {
            into.Add(eventSource with { Head = head });
        }
    }

    /// <summary>"al" of "al-Qaeda", "el" of "el-Sisi": the Arabic article a name starts with, its own token once split.</summary>
    private static bool IsArticlePrefix(ReadOnlySpan<char> word) => word is "al" or "el" or "ad" or "ash" or "az";

    /// <summary>"al-Qaeda", "al-Shabaab": a lower-case article, a hyphen and a capitalised name.</summary>
    private static bool IsPrefixedName(ReadOnlySpan<char> surface)
    {
        var hyphen = surface.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < surface.Length && IsArticlePrefix(surface[..hyphen]) && char.IsUpper(surface[hyphen + 1]);
    }

    /// <summary>"the warrant", "this attack": a common noun pointing back at something already named.</summary>
    private static bool IsDefinite(ParseView view, int head)
    {
        if (view.Pos(head) is not (UniversalPos.NOUN or UniversalPos.None) || head == view.Sentence.Start)
        {
            return false;
        }

        return view.Document.TextOf(head - 1).ToString().ToLowerInvariant() is "the" or "this" or "that" or "these" or "those";
    }

    private void ResolveModifiers(ParseView view, CodingContext context, int head, string? sector, bool ofPhrases, List<EventArgument> into)
    {
        foreach (var child in view.Children(head))
        {
            var label = view.Label(child);
            var isModifier = ofPhrases
                ? label == DependencyLabel.Nmod && view.CaseOf(child) == "of"
                : label is DependencyLabel.Amod or DependencyLabel.Compound or DependencyLabel.NmodPoss;
            if (isModifier && child != head)
            {
                var start = into.Count;
                Resolve(view, context, child, into);
                if (sector is not null)
                {
                    for (var i = start; i < into.Count; i++)
                    {
                        if (into[i].Actor is { } actor && actor.Value.Length == 3)
                        {
                            into[i] = into[i] with { Actor = actor.WithSector(sector), Head = head };
                        }
                    }
                }
            }
        }
    }

    private static EventArgument FromEntity(CodingContext context, int entity, int head)
    {
        var resolved = context.Document.Entities[entity];
        var actor = resolved.Actor ?? (ActorCode.TryParse(resolved.Country, out var country) ? country : null);
        return new EventArgument(actor, resolved.Name, entity, head);
    }

    /// <summary>Whether a common noun names a kind of actor ("government", "army", "rebels") by itself.</summary>
    public bool IsActorNoun(ParseView view, int head) => SectorOf(view, head) is not null;

    private string? SectorOf(ParseView view, int head)
    {
        if (view.Pos(head) == UniversalPos.PROPN)
        {
            return null;
        }

        // "foreign ministry", "defence minister": the compound and its head together first.
        var compound = view.Child(head, DependencyLabel.Compound);
        if (compound >= 0 && compound == head - 1)
        {
            var document = view.Document;
            var text = document.Text.AsSpan(document.Tokens[compound].Start, document.Tokens[head].End - document.Tokens[compound].Start);
            if (_knowledge.TryGetSector(text, out var twoWords))
            {
                return twoWords.Sector;
            }
        }

        return _knowledge.TryGetSector(view.Document.TextOf(head), out var sector) ? sector.Sector : null;
    }

    /// <summary>A name the knowledge base knows: the head with its compound and flat parts, then the head alone.</summary>
    private EventArgument? LookUp(ParseView view, CodingContext context, int head)
    {
        var document = view.Document;
        var first = head;
        var last = head;
        foreach (var child in view.Children(head))
        {
            if (view.Label(child) is DependencyLabel.Compound or DependencyLabel.Flat && view.Pos(child) is UniversalPos.PROPN or UniversalPos.None)
            {
                first = Math.Min(first, child);
                last = Math.Max(last, child);
            }
        }

        var date = document.Metadata.Published;
        var span = document.Text.AsSpan(document.Tokens[first].Start, document.Tokens[last].End - document.Tokens[first].Start);
        return FromKnowledge(span, date, head) ?? (first != last ? FromKnowledge(document.TextOf(head), date, head) : null);
    }

    private EventArgument? FromKnowledge(ReadOnlySpan<char> surface, DateOnly? date, int head)
    {
        // Lower-case words are names only as nationality adjectives ("Russian"): "court" or "police" are not places.
        if (surface.IsEmpty || (!char.IsUpper(surface[0]) && !char.IsDigit(surface[0]) && !IsPrefixedName(surface)))
        {
            return null;
        }

        EventArgument? best = null;
        var bestRank = int.MaxValue;
        foreach (var candidate in _knowledge.Lookup(surface))
        {
            var (actor, rank) = candidate.Entry switch
            {
                Country country => candidate.Form switch
                {
                    SurfaceForm.Capital => (country.ActorWith("GOV"), 1),
                    SurfaceForm.City => ((ActorCode?)country.Actor, 5),
                    _ => (country.Actor, 0),
                },
                Organisation organisation => (organisation.Actor, 0),
                SeatOfPower seat => (seat.Actor, 1),
                Region region => (region.Actor, 4),
                Person person when date is { } day && person.TermAt(day) is { } term => (term.Actor, 2),
                Person person => (ActorCode.TryParse(person.Country, out var c) ? c : null, 3),
                _ => ((ActorCode?)null, int.MaxValue),
            };
            if (actor is not null && rank < bestRank)
            {
                best = new EventArgument(actor, candidate.Entry.Name, null, head);
                bestRank = rank;
            }
        }

        return best;
    }

    /// <summary>
    /// "Moscow said it has opened …": the subject of a clause above the pronoun's, else the most recent subject
    /// actor of the article. "he"/"she" take people, "it" anything but people, "they" every coordinated subject.
    /// </summary>
    private List<EventArgument> Antecedents(ParseView view, CodingContext context, int pronoun)
    {
        var word = view.Document.TextOf(pronoun).ToString();
        var kind = s_personalPronouns.Contains(word) ? PronounKind.Person : word.ToLowerInvariant() is "it" or "its" ? PronounKind.Thing : PronounKind.Plural;
        var found = new List<EventArgument>();
        var clause = view.Head(pronoun);
        for (var depth = 0; depth < 16 && clause >= 0; depth++)
        {
            var next = view.Head(clause);
            if (next < 0)
            {
                break;
            }

            // "King Hassan was quoted as saying he would …": a passive reporting verb's subject is the speaker.
            var subject = view.Child(next, DependencyLabel.Nsubj, DependencyLabel.NsubjPass);
            if (subject >= 0 && subject != pronoun && !IsPronoun(view, subject) && !view.Dominates(clause, subject))
            {
                // The subject word's own entity decides the pronoun's fit; an actor read from its modifiers
                // ("King Hassan of Morocco") says nothing of whether the subject is a person.
                Resolve(view, context, subject, found);
                var typed = context.EntityOfToken[subject] >= 0;
                found.RemoveAll(a => typed && !Fits(context, a, kind));
                if (found.Count > 0)
                {
                    return kind == PronounKind.Plural ? found : [found[0]];
                }
            }

            clause = next;
        }

        for (var i = context.RecentSubjects.Count - 1; i >= 0; i--)
        {
            if (Fits(context, context.RecentSubjects[i], kind))
            {
                return [context.RecentSubjects[i]];
            }
        }

        return found;
    }

    private static bool Fits(CodingContext context, EventArgument candidate, PronounKind kind)
    {
        if (kind == PronounKind.Plural)
        {
            return true;
        }

        // Without an entity the type is unknown ("Moscow" read from the knowledge base): any pronoun may take it.
        return candidate.Entity is not int entity || (kind == PronounKind.Person) == (context.Document.Entities[entity].Type == EntityType.PERSON);
    }

    private enum PronounKind : byte
    {
        Person,
        Thing,
        Plural,
    }
}
