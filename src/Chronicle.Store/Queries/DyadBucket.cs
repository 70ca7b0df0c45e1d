namespace Chronicle.Store.Queries;

/// <summary>
/// One period of a dyad's time series: event counts by PLOVER quad class and the Goldstein-weighted
/// score (sum of Goldstein values: positive is cooperation, negative conflict).
/// </summary>
public sealed record DyadBucket(
    string Period,
    long VerbalCooperation,
    long MaterialCooperation,
    long VerbalConflict,
    long MaterialConflict,
    double GoldsteinSum)
{
    public long Total => VerbalCooperation + MaterialCooperation + VerbalConflict + MaterialConflict;

    public double GoldsteinMean => Total == 0 ? 0 : GoldsteinSum / Total;
}
