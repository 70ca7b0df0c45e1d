using Chronicle.Actors;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>One mention while entity resolution works on it: what it names, how, and which cluster it joined.</summary>
internal sealed class ResolverMention
{
    public required TokenRange Tokens { get; init; }

    public required TextRange Characters { get; init; }

    public required string Text { get; init; }

    public required EntityType Type { get; set; }

    public MentionKind Kind { get; init; }

    /// <summary>The knowledge-base entry the mention names, when exactly one reading fits.</summary>
    public ActorEntry? Entry { get; set; }

    public SurfaceForm Form { get; set; }

    /// <summary>True for a capital or seat of power standing for its government ("Moscow said").</summary>
    public bool IsMetonymic { get; set; }

    /// <summary>The title the article gives with the name ("U.S. Secretary of State").</summary>
    public string? Role { get; set; }

    /// <summary>The role with any determiner or title words the name carried ("Russian President Vladimir Putin").</summary>
    public string? FullForm { get; set; }

    /// <summary>Country the role or a modifier names ("Ukraine Deputy Prime Minister" → UKR).</summary>
    public string? CueCountry { get; set; }

    /// <summary>Sector the role names ("spokesman" → GOV).</summary>
    public string? CueSector { get; set; }

    /// <summary>Actor a seat of power or organisation in the role stands for ("White House spokesman" → USAGOV).</summary>
    public ActorCode? CueActor { get; set; }

    /// <summary>Organisation the person is said to work for ("at Chatham House").</summary>
    public ResolverMention? Affiliation { get; set; }

    /// <summary>A place named inside a longer name ("Chicago" in "Chicago Ledger"): always the place, never the government.</summary>
    public bool IsNested { get; init; }

    /// <summary>The type was set from the words around the name (<see cref="MentionTyper"/>), not guessed by the recogniser.</summary>
    public bool HasTypeCue { get; set; }

    public int Cluster { get; set; } = -1;

    public bool IsPersonal => Type == EntityType.PERSON;

    /// <summary>A name a rule found where the recogniser did not, its text and offsets taken from the document.</summary>
    public static ResolverMention Name(Document document, TokenRange tokens, EntityType type, bool hasTypeCue, bool isNested = false)
    {
        var characters = document.CharRange(tokens);
        return new ResolverMention
        {
            Tokens = tokens,
            Characters = characters,
            Text = document.TextOf(characters).ToString(),
            Type = type,
            Kind = MentionKind.Name,
            HasTypeCue = hasTypeCue,
            IsNested = isNested,
        };
    }

    /// <summary>Whether the mention shares a token with <paramref name="range"/>.</summary>
    public bool Overlaps(TokenRange range) => Tokens.Start < range.End && range.Start < Tokens.End;

    public override string ToString() => $"{Text} [{Type}] {Characters.Start}..{Characters.End}";
}
