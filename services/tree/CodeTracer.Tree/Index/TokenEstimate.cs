namespace CodeTracer.Tree.Index;

/// <summary>
/// The token estimate every budget in CodeTracer uses: one token per four characters, rounded up. It is the usual
/// rule of thumb for English and code with BPE tokenizers; it needs no tokenizer, and a budget met by this rule
/// is met in bytes too (a 2,000-token index is at most 8,000 characters).
/// </summary>
public static class TokenEstimate
{
    public const int CharsPerToken = 4;

    public static int Of(string text) => (text.Length + CharsPerToken - 1) / CharsPerToken;

    public static int CharsFor(int tokens) => tokens * CharsPerToken;
}
