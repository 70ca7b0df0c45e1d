using System.Data.Common;
using Chronicle.Store.Migrations;
using Chronicle.Store.Queries;

namespace Chronicle.Store;

/// <summary>What differs between the SQL backends; everything else is shared by <see cref="SqlArticleStore"/>.</summary>
internal interface ISqlDialect
{
    IReadOnlyList<Migration> Migrations { get; }

    /// <summary>
    /// Rows per INSERT when a batch is written: many where each statement costs a round trip (PostgreSQL), one where
    /// statements are cheap and binding a long statement's parameters by name costs more than it saves (SQLite).
    /// </summary>
    int RowsPerStatement { get; }

    /// <summary>
    /// Run after opening and after each stored batch, outside any transaction: keeps the query planner's statistics
    /// up to date where the backend does not do it by itself; empty where it does.
    /// </summary>
    string MaintenanceSql { get; }

    /// <summary>A statement that serialises migrations across processes inside a transaction; empty where the transaction itself does.</summary>
    string MigrationLockSql { get; }

    /// <summary>An SQL expression giving the period label of a <c>YYYY-MM-DD</c> text column.</summary>
    string PeriodExpression(string column, TimeBucket bucket);

    /// <summary>Full-text search over articles; parameters <c>@q</c> and <c>@limit</c>; columns id, title, published, source, snippet.</summary>
    string SearchSql { get; }

    /// <summary>A condition on the quotes table <c>q</c> that its text matches the full-text query <c>@qtext</c>.</summary>
    string QuoteTextCondition { get; }

    /// <summary>Turns the user's words into the backend's full-text query syntax.</summary>
    string FullTextQuery(string words);

    /// <summary>A database error as the store exception a user should see, or null if it is not one the user can fix.</summary>
    StoreException? Translate(DbException exception, string storeName);
}
