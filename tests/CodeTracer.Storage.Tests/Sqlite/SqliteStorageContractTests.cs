using CodeTracer.Storage.Tests.Support;

namespace CodeTracer.Storage.Tests.Sqlite;

public sealed class SqliteStorageContractTests : StorageContractTests
{
    protected override IStorageHarness Open() => new SqliteHarness();
}
