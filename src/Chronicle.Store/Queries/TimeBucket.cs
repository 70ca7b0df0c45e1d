namespace Chronicle.Store.Queries;

/// <summary>How finely a time series is cut.</summary>
public enum TimeBucket
{
    Day,
    Week,
    Month,
}
