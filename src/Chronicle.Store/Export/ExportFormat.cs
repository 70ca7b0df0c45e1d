namespace Chronicle.Store.Export;

/// <summary>The file formats <c>chronicle export</c> writes.</summary>
public enum ExportFormat
{
    /// <summary>GDELT 2.0 events table: 61 tab-separated columns, one row per story, no header.</summary>
    Gdelt,

    /// <summary>PLOVER JSON records, one per line (JSONL), one per story.</summary>
    Plover,

    /// <summary>One row per event with a header row (RFC 4180).</summary>
    Csv,

    /// <summary>The stored article records, one per line: re-ingestable as they are.</summary>
    Jsonl,

    /// <summary>One row per event, columns as in CSV, for pandas, R and DuckDB.</summary>
    Parquet,
}
