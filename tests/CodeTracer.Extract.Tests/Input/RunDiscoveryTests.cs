using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Input;
using CodeTracer.Extract.Tests.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Input;

public sealed class RunDiscoveryTests
{
    private readonly RunDiscovery _discovery = new(new FormatRegistry([new FakeExtractor("fake", ".traj", 0.9)]));

    [Fact]
    public void EmptyFilesAndLfsPointersAreUnreadableNotRuns()
    {
        using var temp = new TempFolder();
        temp.Write("a/empty.traj", "");
        temp.Write("b/pointer.traj", "version https://git-lfs.github.com/spec/v1\noid sha256:abc123\nsize 2048\n");
        temp.Write("c/good.traj", "{}");

        var found = _discovery.Discover(temp.Path).ToList();

        Assert.Equal(
            [(DiscoveredKind.Unreadable, "empty.traj"), (DiscoveredKind.Unreadable, "pointer.traj"), (DiscoveredKind.Matched, "good.traj")],
            found.Select(f => (f.Kind, Path.GetFileName(f.Path))));
        Assert.Equal("Git LFS pointer, not the content (oid sha256:abc123, 2048 bytes): fetch it with `git lfs pull`", found[1].Reason);
    }

    [Fact]
    public void OrdinaryFilesBesideRunsAreIgnoredAndUnknownTrajectoriesReported()
    {
        using var temp = new TempFolder();
        temp.Write("config.json", "{}");
        temp.Write("other.jsonl", "{\"x\":1}\n");

        var found = _discovery.Discover(temp.Path).ToList();

        var skipped = Assert.Single(found);
        Assert.Equal(DiscoveredKind.Skipped, skipped.Kind);
        Assert.EndsWith("other.jsonl", skipped.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileNamedExplicitlyInNoKnownFormatIsUnreadable()
    {
        using var temp = new TempFolder();
        var file = temp.Write("notes.txt", "hello");

        var found = Assert.Single(_discovery.Discover(file));

        Assert.Equal(DiscoveredKind.Unreadable, found.Kind);
        Assert.Equal("not in any known trajectory format (fake)", found.Reason);
    }
}
