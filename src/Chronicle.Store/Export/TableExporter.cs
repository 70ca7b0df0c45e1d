using Chronicle.Output;
using Chronicle.Store.Queries;
using Parquet.Serialization;

namespace Chronicle.Store.Export;

/// <summary>Writes events as CSV or Parquet rows (<see cref="EventRow"/>), and articles as JSONL records.</summary>
public static class TableExporter
{
    public static int WriteCsv(IArticleStore store, TextWriter writer, EventFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        CsvText.WriteRow(writer, EventRow.Columns);
        var rows = 0;
        foreach (var e in store.Events((filter ?? new EventFilter()) with { Limit = int.MaxValue }))
        {
            CsvText.WriteRow(writer, EventRow.From(e).Values());
            rows++;
        }

        return rows;
    }

    public static async Task<int> WriteParquetAsync(IArticleStore store, Stream output, EventFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var rows = store.Events((filter ?? new EventFilter()) with { Limit = int.MaxValue }).Select(EventRow.From).ToList();
        await ParquetSerializer.SerializeAsync(rows, output, cancellationToken: cancellationToken).ConfigureAwait(false);
        return rows.Count;
    }

    public static int WriteJsonl(IArticleStore store, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(store);
        var rows = 0;
        foreach (var article in store.Articles())
        {
            writer.Write(ArticleJson.ToJsonLine(article));
            writer.Write('\n');
            rows++;
        }

        return rows;
    }
}
