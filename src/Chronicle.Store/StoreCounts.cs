namespace Chronicle.Store;

/// <summary>How much the store holds.</summary>
public sealed record StoreCounts(long Articles, long Entities, long Quotes, long Events, long Stories);
