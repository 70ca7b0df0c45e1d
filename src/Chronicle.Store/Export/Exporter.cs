using System.Text;
using Chronicle.Store.Queries;

namespace Chronicle.Store.Export;

/// <summary>Writes the store to a stream in one of the <see cref="ExportFormat"/>s.</summary>
public static class Exporter
{
    /// <returns>How many records (stories, events or articles) were written.</returns>
    public static async Task<int> WriteAsync(IArticleStore store, ExportFormat format, Stream output, EventFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case ExportFormat.Plover:
                return PloverExporter.Write(store, output, filter);
            case ExportFormat.Parquet:
                return await TableExporter.WriteParquetAsync(store, output, filter, cancellationToken).ConfigureAwait(false);
            default:
                await using (var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true))
                {
                    var count = format switch
                    {
                        ExportFormat.Gdelt => GdeltExporter.Write(store, writer, filter),
                        ExportFormat.Csv => TableExporter.WriteCsv(store, writer, filter),
                        _ => TableExporter.WriteJsonl(store, writer),
                    };
                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                    return count;
                }
        }
    }
}
