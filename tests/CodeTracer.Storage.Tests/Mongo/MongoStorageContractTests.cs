using CodeTracer.Storage.Tests.Support;

namespace CodeTracer.Storage.Tests.Mongo;

public sealed class MongoStorageContractTests(MongoServer server) : StorageContractTests, IClassFixture<MongoServer>
{
    protected override string? UnavailableReason => server.UnavailableReason;

    protected override IStorageHarness Open() => new MongoHarness(server.Uri!);
}
