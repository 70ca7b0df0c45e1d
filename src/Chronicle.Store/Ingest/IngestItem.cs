using Chronicle.Ingestion;
using Chronicle.Output;

namespace Chronicle.Store.Ingest;

/// <summary>One record read for ingestion: its article record, or why it could not be read.</summary>
public sealed record IngestItem(string Origin, Article? Article, InputException? Error);
