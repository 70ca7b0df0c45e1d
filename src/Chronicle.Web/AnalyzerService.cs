using Chronicle.Ingestion;
using Chronicle.Output;
using Chronicle.Pipeline;

namespace Chronicle.Web;

/// <summary>
/// The standard pipeline, built on first use (models load once, not at every start of the server) and run
/// one article at a time: pipeline components are not promised to be thread-safe.
/// </summary>
public sealed class AnalyzerService : IDisposable
{
    private readonly Lazy<ArticleAnalyzer> _analyzer;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public AnalyzerService(string? modelDirectory)
    {
        _analyzer = new Lazy<ArticleAnalyzer>(() => StandardPipeline.CreateAnalyzer(modelDirectory), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public async Task<Article> Analyze(ArticleInput input, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await Task.Run(() => _analyzer.Value.Analyze(input, cancellationToken), cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
