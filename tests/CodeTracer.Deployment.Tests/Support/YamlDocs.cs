using CodeTracer.Testing;
using YamlDotNet.RepresentationModel;

namespace CodeTracer.Deployment.Tests.Support;

/// <summary>Parses the repository's YAML manifests (every document of every file) for structural checks.</summary>
public static class YamlDocs
{
    public static IReadOnlyList<(string File, YamlMappingNode Root)> Load(string relativeFolderOrFile)
    {
        var path = Repository.PathOf(relativeFolderOrFile);
        var files = File.Exists(path)
            ? [path]
            : Directory.GetFiles(path, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var documents = new List<(string, YamlMappingNode)>();
        foreach (var file in files)
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(file))
            {
                stream.Load(reader);
            }

            documents.AddRange(stream.Documents.Select(d => (Path.GetRelativePath(Repository.Root, file), (YamlMappingNode)d.RootNode)));
        }

        return documents;
    }

    public static YamlNode? At(this YamlNode node, params string[] path)
    {
        var current = node;
        foreach (var key in path)
        {
            if (current is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out var next))
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    public static string? Text(this YamlNode node, params string[] path) => (node.At(path) as YamlScalarNode)?.Value;

    public static IEnumerable<YamlNode> Items(this YamlNode node, params string[] path) =>
        node.At(path) is YamlSequenceNode sequence ? sequence.Children : [];

    public static IEnumerable<string> Keys(this YamlNode node, params string[] path) =>
        node.At(path) is YamlMappingNode map ? map.Children.Keys.Select(k => ((YamlScalarNode)k).Value!) : [];
}
