namespace CodeTracer.Storage;

/// <summary>
/// Creates the schema (SQLite tables, Mongo indexes) up front. Hosts call it at startup so a bad connection
/// string fails there; repositories also run it lazily on first use, so calling it is optional.
/// </summary>
public interface IStorageInitializer
{
    Task InitializeAsync(CancellationToken cancellationToken);
}
