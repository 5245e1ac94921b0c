namespace CodeTracer.Storage;

/// <summary>Which store backs the repositories.</summary>
public enum StorageProvider
{
    /// <summary>One SQLite file plus a blob folder: the embedded default, no server needed.</summary>
    Sqlite,

    /// <summary>MongoDB collections plus GridFS for blobs: the deployment store.</summary>
    Mongo,
}
