using CodeTracer.Extract.Formats.WhoAndWhen;
using CodeTracer.Extract.Tests.Formats.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.WhoAndWhen;

public sealed class WhoAndWhenDamagedInputTests
{
    private const string Log = "who-and-when/algorithm-generated/1.json";

    [Fact]
    public void ATruncatedLogIsReportedWithFileAndPosition()
    {
        using var temp = new TempFolder();
        var file = DamagedCopy.Copy(temp, Log);
        DamagedCopy.CutAt(file, 0.5);

        var result = RunReader.CreateDefault().Read(file, WhoAndWhenExtractor.FormatId);

        Assert.Empty(result.Runs);
        var error = Assert.Single(result.Errors);
        Assert.Equal(file, error.Path);
        Assert.StartsWith($"{file}: not valid JSON, parsing stopped at line ", error.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyFileOrAnLfsPointerIsAClearError()
    {
        using var temp = new TempFolder();
        var empty = temp.Write("1.json", "");
        var pointer = temp.Write("2.json", DamagedCopy.LfsPointer);

        Assert.Contains("empty file", Assert.Single(RunReader.CreateDefault().Read(empty, WhoAndWhenExtractor.FormatId).Errors).Error, StringComparison.Ordinal);
        Assert.Contains("Git LFS pointer", Assert.Single(RunReader.CreateDefault().Read(pointer, WhoAndWhenExtractor.FormatId).Errors).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonOfTheWrongShapeIsAClearErrorNotAnException()
    {
        using var temp = new TempFolder();
        var file = temp.Write("3.json", "{\"question\": \"q\", \"mistake_step\": \"1\"}");

        var result = RunReader.CreateDefault().Read(file, WhoAndWhenExtractor.FormatId);

        Assert.Empty(result.Runs);
        Assert.Equal($"{file}: valid JSON, but not a Who&When log (expected an object with history[], found an object without history[])",
            Assert.Single(result.Errors).Error);
    }
}
