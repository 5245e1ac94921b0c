using CodeTracer.Deployment.Tests.Support;
using CodeTracer.Testing;

namespace CodeTracer.Deployment.Tests.Compose;

public sealed class ComposeTests
{
    private static readonly YamlDotNet.RepresentationModel.YamlMappingNode Compose = Assert.Single(YamlDocs.Load("docker-compose.yml")).Root;

    [Fact]
    public void ComposeRunsTheInfrastructureAndTheFourServices()
    {
        Assert.Equal(["rabbitmq", "mongo", "jaeger", "ingest", "extract", "tree", "localize"], Compose.Keys("services"));
    }

    [Theory]
    [InlineData("ingest", "services/ingest/CodeTracer.Ingest.Api/Dockerfile")]
    [InlineData("extract", "services/extract/CodeTracer.Extract.Worker/Dockerfile")]
    [InlineData("tree", "services/tree/CodeTracer.Tree.Worker/Dockerfile")]
    [InlineData("localize", "services/localize/CodeTracer.Localize.Worker/Dockerfile")]
    public void EachServiceBuildsFromItsDockerfileWhoseEntryPointIsItsProject(string service, string dockerfile)
    {
        Assert.Equal(dockerfile, Compose.Text("services", service, "build", "dockerfile"));
        var project = Path.GetFileName(Path.GetDirectoryName(dockerfile))!;
        Assert.True(File.Exists(Repository.PathOf(Path.Combine(Path.GetDirectoryName(dockerfile)!, project + ".csproj"))), $"{project}.csproj is missing");
        Assert.Contains($"ENTRYPOINT [\"dotnet\", \"{project}.dll\"]", File.ReadAllText(Repository.PathOf(dockerfile)), StringComparison.Ordinal);
    }

    [Fact]
    public void ServiceEnvironmentUsesOnlyKeysTheCodeReads()
    {
        var keys = Compose.Keys("x-codetracer-env").ToList();

        Assert.Contains("CodeTracer__Bus__Transport", keys);
        Assert.All(keys, key => Assert.True(ConfigurationKeys.IsKnown(key), $"{key} is bound by no options class"));
    }
}
