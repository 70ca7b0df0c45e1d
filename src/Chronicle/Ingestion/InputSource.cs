namespace Chronicle.Ingestion;

/// <summary>An opened input: its records, read lazily, and whether it is a batch (JSONL, folder) or one article.</summary>
/// <param name="Name">The path, or <c>-</c> for standard input.</param>
/// <param name="IsBatch">True for a JSONL file or a folder: output is then one line per record.</param>
/// <param name="EstimatedCount">How many records to expect (for progress), when cheap to know.</param>
public sealed record InputSource(string Name, bool IsBatch, IEnumerable<InputRecord> Records, int? EstimatedCount);
