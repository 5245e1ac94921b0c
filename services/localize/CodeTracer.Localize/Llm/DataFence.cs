using System.Security.Cryptography;

namespace CodeTracer.Localize.Llm;

/// <summary>
/// The delimiters that mark run text as data. The tag carries a random nonce per diagnosis, so text inside a
/// trajectory cannot close the fence early and speak as the prompt: it would have to guess the nonce. Any copy
/// of the tag found in the data is defused anyway.
/// </summary>
public sealed class DataFence
{
    public DataFence()
        : this(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)))
    {
    }

    public DataFence(string nonce)
    {
        Open = $"<<<RUN-DATA {nonce}>>>";
        Close = $"<<<END RUN-DATA {nonce}>>>";
    }

    public string Open { get; }

    public string Close { get; }

    public string Wrap(string data) =>
        $"{Open}\n{data.Replace(Open, "[fence removed]", StringComparison.Ordinal).Replace(Close, "[fence removed]", StringComparison.Ordinal)}\n{Close}";
}
