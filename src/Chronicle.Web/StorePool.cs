using System.Collections.Concurrent;
using Chronicle.Store;

namespace Chronicle.Web;

/// <summary>
/// A fixed number of open store connections shared by requests: a store wraps one ADO.NET connection, which
/// must not be used by two threads at once, and opening one per request would re-check migrations each time.
/// </summary>
public sealed class StorePool : IDisposable
{
    private readonly string? _database;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<IArticleStore> _idle = [];
    private readonly ConcurrentBag<IArticleStore> _all = [];

    public StorePool(string? database, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        _database = database;
        _slots = new SemaphoreSlim(size, size);

        // Open one now so a missing or newer-version database fails at start-up, not on the first request.
        var first = ArticleStores.Open(database);
        Name = first.Name;
        _all.Add(first);
        _idle.Add(first);
    }

    public string Name { get; }

    /// <summary>Runs <paramref name="query"/> on a free connection, waiting for one when all are busy.</summary>
    public async Task<T> Use<T>(Func<IArticleStore, T> query, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            if (!_idle.TryTake(out var store))
            {
                store = ArticleStores.Open(_database);
                _all.Add(store);
            }

            try
            {
                return query(store);
            }
            finally
            {
                _idle.Add(store);
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose()
    {
        foreach (var store in _all)
        {
            store.Dispose();
        }

        _slots.Dispose();
    }
}
