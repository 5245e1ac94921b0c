using CodeTracer.Storage.Runs;

namespace CodeTracer.Storage.Tests.Runs;

public sealed class RunIdsTests
{
    private const string EmptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    [Fact]
    public void ARunIdIsTheFirstSixteenHexDigitsOfTheContentHash() =>
        Assert.Equal("run-e3b0c44298fc1c14", RunIds.FromContentHash(EmptyHash));

    [Theory]
    [InlineData("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")]
    [InlineData("e3b0c442")]
    [InlineData("")]
    public void AnythingButALowercaseSha256IsRefused(string hash) =>
        Assert.Throws<ArgumentException>(() => RunIds.FromContentHash(hash));
}
