namespace Chronicle.Web;

/// <summary>The JSON body of every 4xx/5xx answer: what went wrong and, where known, which parameter.</summary>
public sealed record ApiError(string Error, string? Parameter = null);
