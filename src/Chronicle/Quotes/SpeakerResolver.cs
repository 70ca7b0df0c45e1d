using System.Collections.Frozen;
using Chronicle.Documents;
using Chronicle.Entities;

namespace Chronicle.Quotes;

/// <summary>
/// Turns a speaker slot into an entity index and the named mention it rests on. A pronoun takes the most recent named
/// speaker of a compatible kind in its own or the previous paragraph (a quote's "she said" nearly always continues the
/// last speaker), else what the entity resolver's <see cref="PronounResolver"/> says; "I", "we" and unresolvable
/// pronouns stay null rather than guessed.
/// </summary>
internal sealed class SpeakerResolver
{
    // Titles a person carries before the name ("President Obama") and a later "the president" takes up.
    private static readonly FrozenSet<string> s_personTitles = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "president", "senator", "governor", "mayor", "secretary", "minister", "congressman", "congresswoman", "representative",
        "chancellor", "premier", "ambassador", "general", "judge", "justice", "pope", "king", "queen", "prince", "chairman",
        "chairwoman", "speaker", "sheriff", "commissioner");

    private static readonly FrozenSet<string> s_quantifiers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "many", "some", "most", "several", "few", "all", "both", "other", "others", "numerous");

    private readonly Document _document;
    private readonly SpeakerFinder _speakers;
    private readonly List<Attribution> _history;
    private readonly (TextRange Range, int Entity)[] _entityMentions;
    private readonly PronounResolver? _pronouns;

    public SpeakerResolver(Document document, SpeakerFinder speakers, List<Attribution> history)
    {
        _document = document;
        _speakers = speakers;
        _history = history;
        var mentions = new List<(TextRange, int)>();
        for (var e = 0; e < document.Entities.Count; e++)
        {
            foreach (var range in document.Entities[e].Mentions)
            {
                mentions.Add((range, e));
            }
        }

        _entityMentions = [.. mentions];
        _pronouns = document.Entities.Count > 0 ? new PronounResolver(document) : null;
    }

    public (int? Entity, TextRange? Mention) Resolve(SpeakerSlot slot, int position)
    {
        switch (slot.Kind)
        {
            case SpeakerKind.Named:
                var range = _document.CharRange(new TokenRange(slot.Start, slot.End));
                return (EntityAt(range) ?? PersonBySurname(slot), range);
            case SpeakerKind.Pronoun:
                return ResolvePronoun(slot.Start, position);
            case SpeakerKind.Unnamed:
                return ResolveTitle(slot, position);
            default:
                return (null, null);
        }
    }

    /// <summary>
    /// "the president said", "the former senator said": a definite title names the person the article titled so
    /// before ("President Obama"), the one mentioned last before the cue; null when no person carries the title.
    /// </summary>
    private (int? Entity, TextRange? Mention) ResolveTitle(SpeakerSlot slot, int position)
    {
        var title = _document.TextOf(slot.End - 1);
        var definite = false;
        for (var t = slot.End - 2; t >= Math.Max(0, slot.End - 4) && !definite; t--)
        {
            var word = _document.TextOf(t);
            definite = word is "the" or "The";
            if (!definite && (word.IsEmpty || !char.IsLower(word[0])))
            {
                break;
            }
        }

        if (!definite)
        {
            return (null, null);
        }

        if (!s_personTitles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(title))
        {
            return (null, null);
        }

        var cueOffset = _document.Tokens[Math.Min(position, _document.Tokens.Length - 1)].Start;
        int? best = null;
        TextRange? bestMention = null;
        for (var e = 0; e < _document.Entities.Count; e++)
        {
            var entity = _document.Entities[e];
            if (entity.Type != EntityType.PERSON || !IsTitled(entity, title))
            {
                continue;
            }

            foreach (var range in entity.Mentions)
            {
                if (range.End <= cueOffset && (bestMention is null || range.Start > bestMention.Value.Start))
                {
                    best = e;
                    bestMention = range;
                }
            }
        }

        return (best, bestMention);
    }

    /// <summary>True when a mention of the entity opens with the title or follows it ("President Obama", "President Barack Obama").</summary>
    private bool IsTitled(ResolvedEntity entity, ReadOnlySpan<char> title)
    {
        var text = _document.Text.AsSpan();
        foreach (var range in entity.Mentions)
        {
            var mention = text[range.Start..range.End];
            if (mention.StartsWith(title, StringComparison.OrdinalIgnoreCase) && mention.Length > title.Length && mention[title.Length] == ' ')
            {
                return true;
            }

            var before = text[..range.Start].TrimEnd();
            var space = before.LastIndexOf(' ');
            var word = before[(space + 1)..];
            if (word.Equals(title, StringComparison.OrdinalIgnoreCase) && (space < 0 || !before[..space].TrimEnd().EndsWith("Vice", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private (int? Entity, TextRange? Mention) ResolvePronoun(int pronoun, int position)
    {
        var text = _document.TextOf(pronoun);
        var personal = text.Equals("he", StringComparison.OrdinalIgnoreCase) || text.Equals("she", StringComparison.OrdinalIgnoreCase);
        var collective = text.Equals("it", StringComparison.OrdinalIgnoreCase) || text.Equals("they", StringComparison.OrdinalIgnoreCase);
        if (!personal && !collective)
        {
            return (null, null);
        }

        var sentence = _document.SentenceIndexOf(pronoun);
        var paragraph = sentence >= 0 ? _document.Sentences[sentence].Paragraph : 0;
        Attribution? best = null;
        foreach (var a in _history)
        {
            if (a.Speaker.Kind != SpeakerKind.Named || a.Speaker.Start >= pronoun || a.Position >= position || a.Paragraph < paragraph - 1
                || (personal && IsGroup(a.Speaker)))
            {
                continue;
            }

            var type = EntityAt(_document.CharRange(new TokenRange(a.Speaker.Start, a.Speaker.End))) is int e
                ? _document.Entities[e].Type
                : _speakers.TypeAt(a.Speaker.Start);
            var compatible = personal ? type is null or EntityType.PERSON : type is not EntityType.PERSON;
            if (compatible && (best is null || a.Speaker.Start > best.Value.Speaker.Start))
            {
                best = a;
            }
        }

        if (best is { } found)
        {
            var range = _document.CharRange(new TokenRange(found.Speaker.Start, found.Speaker.End));
            return (EntityAt(range), range);
        }

        if (_pronouns is not null)
        {
            // No named speaker before it: the entity resolver's pronoun resolution (agreement, salience).
            if (_pronouns.Resolve(pronoun) is not int entity
                || (personal && (_document.Entities[entity].Type != EntityType.PERSON || StartsWithQuantifier(_document.Entities[entity].Name))))
            {
                return (null, null);
            }

            return (entity, LastMentionBefore(entity, _document.Tokens[pronoun].Start));
        }

        if (!personal)
        {
            return (null, null);
        }

        // No entities at all: the nearest person the NER found in this or the previous paragraph.
        EntityMention? nearest = null;
        foreach (var mention in _document.Mentions)
        {
            if (mention.Type != EntityType.PERSON || mention.Tokens.End > pronoun)
            {
                continue;
            }

            var mentionSentence = _document.SentenceIndexOf(mention.Tokens.Start);
            if (mentionSentence < 0 || _document.Sentences[mentionSentence].Paragraph < paragraph - 1)
            {
                continue;
            }

            if (nearest is null || mention.Tokens.Start > nearest.Tokens.Start)
            {
                nearest = mention;
            }
        }

        return nearest is null ? (null, null) : (EntityAt(nearest.Characters), nearest.Characters);
    }

    /// <summary>"Many Canadians", "Some Liberals": a quantified group is never "he" or "she".</summary>
    private bool IsGroup(SpeakerSlot slot) =>
        s_quantifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(_document.TextOf(slot.Start))
        || (slot.Start > 0 && s_quantifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(_document.TextOf(slot.Start - 1)));

    private static bool StartsWithQuantifier(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && s_quantifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name.AsSpan(0, space));
    }

    private TextRange? LastMentionBefore(int entity, int offset)
    {
        TextRange? best = null;
        foreach (var range in _document.Entities[entity].Mentions)
        {
            if (range.End <= offset && (best is null || range.Start > best.Value.Start))
            {
                best = range;
            }
        }

        return best ?? (_document.Entities[entity].Mentions.Count > 0 ? _document.Entities[entity].Mentions[0] : null);
    }

    /// <summary>
    /// A transcript's label in capitals ("WALLACE") names the person whose canonical name ends in that word; null when
    /// no person or more than one does.
    /// </summary>
    private int? PersonBySurname(SpeakerSlot slot)
    {
        var label = _document.TextOf(slot.End - 1);
        if (!TranscriptTurns.IsCapitalsWord(label))
        {
            return null;
        }

        int? found = null;
        for (var e = 0; e < _document.Entities.Count; e++)
        {
            var entity = _document.Entities[e];
            var name = entity.Name.AsSpan();
            var space = name.LastIndexOf(' ');
            if (entity.Type == EntityType.PERSON && name[(space + 1)..].Equals(label, StringComparison.OrdinalIgnoreCase))
            {
                if (found is not null)
                {
                    return null;
                }

                found = e;
            }
        }

        return found;
    }

    /// <summary>The entity of the last mention inside the range: the name after a title ("House Minority Leader Alma Ortiz").</summary>
    private int? EntityAt(TextRange range)
    {
        int? best = null;
        var bestStart = -1;
        foreach (var (mention, entity) in _entityMentions)
        {
            if (mention.Overlaps(range) && mention.Start > bestStart)
            {
                best = entity;
                bestStart = mention.Start;
            }
        }

        return best;
    }
}
