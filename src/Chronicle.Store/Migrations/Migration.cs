namespace Chronicle.Store.Migrations;

/// <summary>One step of the schema: applied once, in order, in its own transaction, and recorded.</summary>
/// <param name="Sql">Statements separated by semicolons, in the backend's dialect.</param>
public sealed record Migration(int Version, string Name, string Sql);
