namespace Chronicle.Store;

/// <summary>What one stored batch changed.</summary>
/// <param name="Inserted">Articles that were not in the store before.</param>
/// <param name="Updated">Articles that replaced a stored article with the same id.</param>
/// <param name="Events">Events written.</param>
/// <param name="StoriesTouched">Stories created, changed or removed by the batch.</param>
public sealed record IngestResult(int Inserted, int Updated, int Events, int StoriesTouched)
{
    public static IngestResult Empty { get; } = new(0, 0, 0, 0);

    public IngestResult Add(IngestResult other) => new(
        Inserted + other.Inserted, Updated + other.Updated, Events + other.Events, StoriesTouched + other.StoriesTouched);
}
