namespace CodeTracer.Extract.Formats.HarborAtif;

/// <summary>1-based line numbers of byte offsets, asked in increasing order, so the file is scanned once.</summary>
internal sealed class LineCounter(byte[] bytes)
{
    private int _offset;
    private long _line = 1;

    public long LineOf(int offset)
    {
        if (offset < _offset)
        {
            (_offset, _line) = (0, 1);
        }

        _line += bytes.AsSpan(_offset, offset - _offset).Count((byte)'\n');
        _offset = offset;
        return _line;
    }
}
