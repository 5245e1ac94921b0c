namespace CodeTracer.Storage;

/// <summary>
/// Where CodeTracer keeps what it stores. The defaults live under the user's local data folder, never beside
/// the artifacts being analysed, so reading a run folder never writes into it.
/// </summary>
public sealed record StorageOptions
{
    /// <summary>The configuration section hosts bind these options from.</summary>
    public const string Section = "CodeTracer:Storage";

    public StorageProvider Provider { get; init; } = StorageProvider.Sqlite;

    /// <summary>The SQLite database file (created with its folder when missing).</summary>
    public string SqlitePath { get; init; } = Path.Combine(DefaultDataFolder, "codetracer.db");

    /// <summary>A MongoDB connection string, e.g. <c>mongodb://127.0.0.1:27017</c>. Required for <see cref="StorageProvider.Mongo"/>.</summary>
    public string? MongoUri { get; init; }

    public string MongoDatabase { get; init; } = "codetracer";

    /// <summary>The folder the embedded blob store writes raw artifacts under.</summary>
    public string BlobRoot { get; init; } = Path.Combine(DefaultDataFolder, "blobs");

    /// <summary><c>~/.local/share/codetracer</c> on Linux; the temp folder when there is no home to write to.</summary>
    public static string DefaultDataFolder
    {
        get
        {
            var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            return Path.Combine(string.IsNullOrEmpty(local) ? Path.GetTempPath() : local, "codetracer");
        }
    }
}
