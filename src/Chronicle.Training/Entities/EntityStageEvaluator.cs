using Chronicle.Entities;
using Chronicle.Pipeline;

namespace Chronicle.Training.Entities;

/// <summary>
/// Runs a pipeline (normally <see cref="StandardPipeline"/>, as <c>chronicle extract</c> does) on GUM documents
/// whose tokens and sentences are GUM's own: every component that would tokenise or split sentences is left out,
/// the others run in order up to and including the entity stage (<see cref="EntityResolver"/>; nothing after it
/// changes entities or mentions). Gives the recogniser's mentions and the entity stage's named mentions of the
/// same run, so both are scored on one footing. For measuring only.
/// </summary>
public sealed class EntityStageEvaluator
{
    private readonly List<IPipe> _pipes = [];
    private readonly EntityResolver _resolver;

    /// <exception cref="ArgumentException">The pipeline has no recogniser or no entity stage.</exception>
    public EntityStageEvaluator(NlpPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        EntityResolver? resolver = null;
        foreach (var pipe in pipeline.Pipes)
        {
            if (pipe is EntityResolver entities)
            {
                resolver = entities;
                break;
            }

            if ((pipe.Contract.Assigns & (Annotation.Tokens | Annotation.Sentences)) == 0)
            {
                _pipes.Add(pipe);
            }
        }

        if (resolver is null || !_pipes.Exists(p => p is EntityRecognizer))
        {
            throw new ArgumentException("the pipeline must hold a named-entity recogniser followed by the entity stage.", nameof(pipeline));
        }

        _resolver = resolver;
    }

    public EntityStageComparison Evaluate(GumArticle article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var document = article.Document;
        foreach (var pipe in _pipes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!pipe.Contract.EnglishOnly || document.IsEnglish)
            {
                pipe.Process(document, cancellationToken);
            }
        }

        var trace = _resolver.Contract.EnglishOnly && !document.IsEnglish ? new ResolutionTrace([], [], []) : _resolver.Trace(document, cancellationToken);
        document.Entities = trace.Entities;
        var (stage, nested) = EntityStageMentions.From(trace);
        return new EntityStageComparison(article.DocumentId, document, article.Gold, article.WholeNameGold, [.. document.Mentions], stage, nested);
    }
}
