using CodeTracer.Deployment.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace CodeTracer.Deployment.Tests.K8s;

public sealed class ManifestTests
{
    private static readonly IReadOnlyList<(string File, YamlMappingNode Root)> Documents = YamlDocs.Load("k8s");

    private static readonly string[] Services = ["ingest", "extract", "tree", "localize"];

    public static TheoryData<string> ServiceNames() => [.. Services];

    [Fact]
    public void EveryManifestParsesAndNamesItsKindAndNamespace()
    {
        Assert.NotEmpty(Documents);
        Assert.All(Documents.Where(d => d.Root.Text("kind") != "Kustomization"), d =>
        {
            Assert.False(string.IsNullOrEmpty(d.Root.Text("apiVersion")), d.File);
            Assert.False(string.IsNullOrEmpty(d.Root.Text("metadata", "name")), d.File);
            if (d.Root.Text("kind") != "Namespace")
            {
                Assert.Equal("codetracer", d.Root.Text("metadata", "namespace"));
            }
        });
    }

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public void EachServiceRunsItsImageWithProbesOnPort8080(string service)
    {
        var deployment = Deployment(service);
        var container = Assert.Single(deployment.Items("spec", "template", "spec", "containers"));

        Assert.Equal($"codetracer/{service}:latest", container.Text("image"));
        Assert.Equal("8080", Assert.Single(container.Items("ports")).Text("containerPort"));
        Assert.Equal("/healthz", container.Text("livenessProbe", "httpGet", "path"));
        Assert.Equal("/readyz", container.Text("readinessProbe", "httpGet", "path"));
        Assert.Equal(["codetracer-config", "codetracer-secrets"],
            container.Items("envFrom").Select(e => e.Text("configMapRef", "name") ?? e.Text("secretRef", "name")));
        Assert.Equal(deployment.Text("spec", "selector", "matchLabels", "app.kubernetes.io/name"),
            deployment.Text("spec", "template", "metadata", "labels", "app.kubernetes.io/name"));
    }

    [Fact]
    public void ConfigMapAndSecretSetOnlyKeysTheCodeReads()
    {
        var config = Single("ConfigMap", "codetracer-config").Keys("data");
        var secret = Single("Secret", "codetracer-secrets").Keys("stringData").Where(k => k != "rabbitmq-uri");

        Assert.All(config.Concat(secret), key => Assert.True(ConfigurationKeys.IsKnown(key), $"{key} is bound by no options class"));
    }

    [Fact]
    public void TheIngestServiceTargetsTheIngestPods()
    {
        var service = Single("Service", "ingest");

        Assert.Equal("ingest", service.Text("spec", "selector", "app.kubernetes.io/name"));
        Assert.Equal("http", Assert.Single(service.Items("spec", "ports")).Text("targetPort"));
    }

    [Fact]
    public void KustomizationListsEveryManifestFile()
    {
        var listed = Single("Kustomization", null).Items("resources").Select(r => ((YamlScalarNode)r).Value!).Order(StringComparer.Ordinal);
        var files = Documents.Select(d => d.File).Where(f => !f.EndsWith("kustomization.yaml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath("k8s", f)).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(files, listed);
    }

    private static YamlMappingNode Deployment(string name) => Single("Deployment", name);

    private static YamlMappingNode Single(string kind, string? name) =>
        Assert.Single(Documents, d => d.Root.Text("kind") == kind && (name is null || d.Root.Text("metadata", "name") == name)).Root;
}
