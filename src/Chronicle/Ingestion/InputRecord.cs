namespace Chronicle.Ingestion;

/// <summary>What a reader yields for each record: an article, or the error that made the record unreadable.</summary>
public sealed record InputRecord(ArticleInput? Article, InputException? Error)
{
    public static InputRecord Ok(ArticleInput article) => new(article, null);

    public static InputRecord Failed(InputException error) => new(null, error);
}
