using System.Reflection;
using CodeTracer.Hosting.Bus;
using CodeTracer.Ingest;
using CodeTracer.Localize.Notifications;
using CodeTracer.Storage;

namespace CodeTracer.Deployment.Tests.Support;

/// <summary>
/// Every environment variable name the services bind, derived from the options classes in the code
/// (section path with ':' as '__' plus the property name), so a renamed property breaks the manifests' test.
/// </summary>
public static class ConfigurationKeys
{
    private static readonly string[] WellKnown = ["OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_SERVICE_NAME", "ASPNETCORE_HTTP_PORTS"];

    public static IReadOnlySet<string> All { get; } = Build();

    public static bool IsKnown(string name) =>
        All.Contains(name) || All.Any(k => k.EndsWith("__", StringComparison.Ordinal) && name.StartsWith(k, StringComparison.Ordinal));

    private static HashSet<string> Build()
    {
        var keys = new HashSet<string>(WellKnown, StringComparer.Ordinal);
        Add(keys, BusOptions.Section, typeof(BusOptions));
        Add(keys, StorageOptions.Section, typeof(StorageOptions));
        Add(keys, IngestOptions.Section, typeof(IngestOptions));
        Add(keys, WebhookOptions.Section, typeof(WebhookOptions));
        return keys;
    }

    private static void Add(HashSet<string> keys, string section, Type options)
    {
        var prefix = section.Replace(":", "__", StringComparison.Ordinal) + "__";
        foreach (var property in options.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.SetMethod!.IsPublic))
        {
            var isList = property.PropertyType != typeof(string) && property.PropertyType.IsAssignableTo(typeof(System.Collections.IEnumerable));
            // A list binds as Name__0, Name__1…: record the prefix.
            keys.Add(prefix + property.Name + (isList ? "__" : ""));
        }
    }
}
