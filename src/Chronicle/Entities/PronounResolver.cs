using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// Resolves a third-person pronoun (he, she, they, it and their other forms) to one of a document's entities, for
/// components that need a speaker or an actor where the text has only a pronoun (quotes, events). Build it after
/// <see cref="EntityResolver"/> has assigned <see cref="Document.Entities"/>.
/// Candidates are earlier mentions in the same sentence and up to <see cref="MaxSentencesBack"/> sentences before,
/// filtered by agreement (he/she: a person whose gender, when a title or pronoun shows it, agrees; it: an
/// organisation or place; they: an organisation, place or group) and ranked as in Lee et al. (2013): nearer
/// sentences first; within a sentence, subjects first for subject pronouns and the most recent for the others.
/// </summary>
public sealed class PronounResolver
{
    /// <summary>How many sentences before the pronoun's own are searched.</summary>
    public const int MaxSentencesBack = 3;

    private readonly Document _document;
    private readonly (int Token, int Entity)[] _mentions;
    private readonly Gender[] _genders;
    private readonly bool _hasDependencies;

    public PronounResolver(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _document = document;
        var mentions = new List<(int Token, int Entity)>();
        _genders = new Gender[document.Entities.Count];
        for (var e = 0; e < document.Entities.Count; e++)
        {
            foreach (var range in document.Entities[e].Mentions)
            {
                var token = document.TokenIndexAtOrAfter(range.Start);
                if (token < document.Tokens.Length)
                {
                    mentions.Add((token, e));
                    _genders[e] = Combine(_genders[e], GenderBefore(token));
                }
            }

            if (document.Entities[e].Role is { } role)
            {
                foreach (var word in role.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    _genders[e] = Combine(_genders[e], GenderOf(word));
                }
            }
        }

        _mentions = [.. mentions.OrderBy(m => m.Token)];
        foreach (ref readonly var token in document.Tokens.AsSpan())
        {
            if (token.Dependency != DependencyLabel.None)
            {
                _hasDependencies = true;
                break;
            }
        }
    }

    private enum Gender : byte
    {
        Unknown,
        Male,
        Female,
        Conflict,
    }

    private enum PronounKind : byte
    {
        None,
        Male,
        Female,
        Neuter,
        Plural,
    }

    /// <summary>Whether the word is a third-person pronoun this resolver handles.</summary>
    public static bool IsPronoun(ReadOnlySpan<char> word) => KindOf(word) != PronounKind.None;

    /// <summary>
    /// The index in <see cref="Document.Entities"/> of the entity the pronoun at <paramref name="tokenIndex"/> refers
    /// to, or null when the token is no such pronoun or no candidate agrees.
    /// </summary>
    public int? Resolve(int tokenIndex)
    {
        if ((uint)tokenIndex >= (uint)_document.Tokens.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(tokenIndex), tokenIndex, $"The document has {_document.Tokens.Length} tokens.");
        }

        var word = _document.TextOf(tokenIndex);
        var kind = KindOf(word);
        if (kind == PronounKind.None)
        {
            return null;
        }

        var isSubjectForm = word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase)
            || word.Equals("they", StringComparison.OrdinalIgnoreCase) || word.Equals("it", StringComparison.OrdinalIgnoreCase);
        var sentence = _document.SentenceIndexOf(tokenIndex);
        for (var back = 0; back <= MaxSentencesBack && sentence - back >= 0; back++)
        {
            var range = _document.Sentences[sentence - back].Tokens;
            var end = back == 0 ? tokenIndex : range.End;
            int? latest = null;
            int? latestSubject = null;
            foreach (var (token, entity) in _mentions)
            {
                if (token < range.Start || token >= end || !Agrees(kind, entity))
                {
                    continue;
                }

                latest = entity;
                if (isSubjectForm && IsSubject(token, range))
                {
                    latestSubject = entity;
                }
            }

            // Subject pronouns prefer the subject; other forms the most recent mention.
            if ((latestSubject ?? latest) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private bool Agrees(PronounKind kind, int entity)
    {
        var type = _document.Entities[entity].Type;
        var group = _document.Entities[entity].IsGroup;
        return kind switch
        {
            PronounKind.Male => type == EntityType.PERSON && !group && _genders[entity] is Gender.Unknown or Gender.Male,
            PronounKind.Female => type == EntityType.PERSON && !group && _genders[entity] is Gender.Unknown or Gender.Female,
            PronounKind.Neuter => type is EntityType.ORG or EntityType.GPE or EntityType.FAC or EntityType.LOC,
            PronounKind.Plural => type is EntityType.ORG or EntityType.GPE or EntityType.NORP || group,
            _ => false,
        };
    }

    // With a parse: the nominal subject. Without: a mention at the start of its sentence followed by a predicate.
    private bool IsSubject(int token, TokenRange sentence)
    {
        var tokens = _document.Tokens;
        if (_hasDependencies)
        {
            for (var t = token; t < tokens.Length && t < token + 6; t++)
            {
                if (tokens[t].Dependency is DependencyLabel.Nsubj or DependencyLabel.NsubjPass)
                {
                    return tokens[t].Head < token || tokens[t].Head >= t;
                }

                if (tokens[t].Head < token || tokens[t].Head > t + 6)
                {
                    break;
                }
            }

            return false;
        }

        var first = token == sentence.Start || (token == sentence.Start + 1 && !SurfaceCues.IsWord(_document.TextOf(sentence.Start)));
        var next = token + 1;
        while (next < sentence.End && SurfaceCues.StartsUpper(_document.TextOf(next)))
        {
            next++;
        }

        if (!first || next >= sentence.End)
        {
            return false;
        }

        var word = _document.TextOf(next);
        return SurfaceCues.StartsPredicate(word) || word is ","
            || (word.Length > 0 && char.IsLower(word[0]) && !SurfaceCues.IsLocativePreposition(word) && !SurfaceCues.IsNameConnector(word) && word is not ("or" or "and"));
    }

    private Gender GenderBefore(int token)
    {
        var gender = Gender.Unknown;
        for (var t = Math.Max(0, token - 2); t < token; t++)
        {
            gender = Combine(gender, GenderOf(_document.TextOf(t)));
        }

        return gender;
    }

    private static Gender GenderOf(ReadOnlySpan<char> word) =>
        SurfaceCues.IsFemaleCue(word) && !IsPronoun(word) ? Gender.Female
        : SurfaceCues.IsMaleCue(word) && !IsPronoun(word) ? Gender.Male
        : Gender.Unknown;

    private static Gender Combine(Gender a, Gender b) => a == Gender.Unknown ? b : b == Gender.Unknown || a == b ? a : Gender.Conflict;

    private static PronounKind KindOf(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 16)];
        if (word.Length > 16)
        {
            return PronounKind.None;
        }

        word.ToLowerInvariant(lower);
        return lower switch
        {
            "he" or "him" or "his" or "himself" => PronounKind.Male,
            "she" or "her" or "hers" or "herself" => PronounKind.Female,
            "it" or "its" or "itself" => PronounKind.Neuter,
            "they" or "them" or "their" or "theirs" or "themselves" => PronounKind.Plural,
            _ => PronounKind.None,
        };
    }
}
