using Chronicle.Actors;
using Chronicle.Documents;
using Chronicle.Pipeline;

namespace Chronicle.Entities;

/// <summary>
/// Entity resolution within one article: adds the names the knowledge base knows to the recogniser's mentions, reads
/// roles and metonymy, clusters mentions into real-world entities (<see cref="MentionClusterer"/>) and gives each its
/// canonical name, aliases, type, country, actor code and role at the article's date.
/// Uses the dependency parse when an earlier component assigned one, and surface cues otherwise.
/// </summary>
public sealed class EntityResolver : IPipe
{
    private readonly ActorKnowledgeBase _kb;
    private readonly MentionCollector _collector;
    private readonly MentionTyper _typer;
    private readonly RoleReader _roles;
    private readonly DescriptionFinder _descriptions;
    private readonly EntityBuilder _builder;
    private readonly TimeProvider _clock;

    /// <param name="knowledgeBase">The actor knowledge base; <see cref="ActorKnowledgeBase.Default"/> when null.</param>
    /// <param name="clock">Gives "today" for articles without a date (office holders are looked up at that date).</param>
    public EntityResolver(ActorKnowledgeBase? knowledgeBase = null, TimeProvider? clock = null)
    {
        _kb = knowledgeBase ?? ActorKnowledgeBase.Default;
        _clock = clock ?? TimeProvider.System;
        _collector = new MentionCollector(_kb);
        _typer = new MentionTyper(_kb);
        _roles = new RoleReader(_kb);
        _descriptions = new DescriptionFinder(_kb);
        _builder = new EntityBuilder(_kb);
    }

    public string Name => "entities";

    public PipeContract Contract { get; } = new(Annotation.Tokens | Annotation.Sentences | Annotation.EntityMentions, Annotation.Entities);

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Entities = Resolve(document, cancellationToken);
    }

    /// <summary>The entities of a document, without writing them: in order of first mention.</summary>
    public IReadOnlyList<ResolvedEntity> Resolve(Document document, CancellationToken cancellationToken = default) =>
        Trace(document, cancellationToken).Entities;

    /// <summary>
    /// The entities of a document with the mentions they were built from, for mention-level evaluation
    /// (<c>chronicle eval ner</c>): the same work as <see cref="Resolve"/>.
    /// </summary>
    internal ResolutionTrace Trace(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Tokens.Length == 0)
        {
            return new ResolutionTrace([], [], []);
        }

        var date = document.Metadata.Published ?? DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        var mentions = _collector.Collect(document, date);
        cancellationToken.ThrowIfCancellationRequested();
        NonEntityFilter.Remove(document, mentions);
        _typer.Retype(document, mentions);
        var hasDependencies = HasDependencies(document);
        foreach (var mention in mentions)
        {
            if (mention.Entry is Country && mention.Form == SurfaceForm.Capital && !mention.IsNested)
            {
                mention.IsMetonymic = MetonymyReader.IsActor(document, mention.Tokens, hasDependencies);
            }
            else if (mention.Entry is SeatOfPower seat)
            {
                mention.IsMetonymic = !seat.IsPlace || MetonymyReader.IsInstitution(document, mention.Tokens);
            }
        }

        _roles.Read(document, mentions);
        _descriptions.Find(document, date, mentions);
        var clusters = new MentionClusterer(_kb).Cluster(document, mentions, date);
        cancellationToken.ThrowIfCancellationRequested();
        var entities = new List<ResolvedEntity>(clusters.Count);
        var entityOf = new int[mentions.Count];
        Array.Fill(entityOf, -1);
        foreach (var members in clusters)
        {
            if (!IsGenericWordOnly(document, mentions, members))
            {
                foreach (var m in members)
                {
                    entityOf[m] = entities.Count;
                }

                entities.Add(_builder.Build(mentions, members, date));
            }
        }

        return new ResolutionTrace(entities, mentions, entityOf);
    }

    /// <summary>
    /// "Government", "Department", "Affairs": a capitalised common noun the recogniser took for a name, with no
    /// longer name to join and no knowledge-base entry, is no entity.
    /// </summary>
    private bool IsGenericWordOnly(Document document, List<ResolverMention> mentions, List<int> members)
    {
        foreach (var m in members)
        {
            var mention = mentions[m];
            if (mention.Kind == MentionKind.Nationality)
            {
                // Only a group of nationals ("Greeks") has nationality words and no name.
                return false;
            }

            if (mention.Kind == MentionKind.Name
                && (mention.Entry is not null || (mention.Tokens.Length > 1 && !IsPortfolio(document, mention))
                    || !(SurfaceCues.IsTitleWord(mention.Text) || _kb.TryGetSector(mention.Text, out _) || SurfaceCues.IsSentenceOpener(mention.Text)
                        || IsPortfolio(document, mention))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "resigned as Foreign Affairs minister": title words in front of a lower-case title name a portfolio, not an
    /// organisation.
    /// </summary>
    private static bool IsPortfolio(Document document, ResolverMention mention)
    {
        if (mention.Tokens.End >= document.Tokens.Length || !SurfaceCues.IsTitleWord(document.TextOf(mention.Tokens.End))
            || SurfaceCues.StartsUpper(document.TextOf(mention.Tokens.End)))
        {
            return false;
        }

        for (var t = mention.Tokens.Start; t < mention.Tokens.End; t++)
        {
            if (!SurfaceCues.IsTitleWord(document.TextOf(t)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasDependencies(Document document)
    {
        foreach (ref readonly var token in document.Tokens.AsSpan())
        {
            if (token.Dependency != DependencyLabel.None)
            {
                return true;
            }
        }

        return false;
    }
}
