using MongoDB.Driver;

namespace CodeTracer.Storage.Mongo;

internal static class MongoErrors
{
    public static bool IsDuplicateKey(this MongoWriteException exception) =>
        exception.WriteError?.Category == ServerErrorCategory.DuplicateKey;
}
