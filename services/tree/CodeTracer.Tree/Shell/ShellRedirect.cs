namespace CodeTracer.Tree.Shell;

/// <summary>An output or input redirection of one simple command: the operator as written and its target word.</summary>
public sealed record ShellRedirect(string Operator, string Target)
{
    public bool IsOutput => Operator.Contains('>', StringComparison.Ordinal);

    /// <summary><c>2&gt;&amp;1</c> and friends duplicate a descriptor; they name no file.</summary>
    public bool IsDescriptorCopy => Operator.EndsWith('&') || Target.StartsWith('&');
}
