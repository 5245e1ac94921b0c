using System.Text.Json;

namespace CodeTracer.Extract.Formats.HarborAtif;

/// <summary>
/// A growing window over a JSON stream for reading it one element at a time with <see cref="Utf8JsonReader"/>:
/// bytes before the last committed element are dropped, and the window doubles only when one element does not fit,
/// so memory follows the largest element rather than the file. Also counts 1-based lines of offsets in the window.
/// </summary>
internal sealed class JsonWindow
{
    private const int InitialSize = 1 << 16;
    private readonly Stream _stream;
    private byte[] _buffer = new byte[InitialSize];
    private int _length;
    private int _start;
    private JsonReaderState _state;

    // Newlines are counted up to _counted (an index into _buffer) before those bytes are dropped.
    private int _counted;
    private long _line = 1;

    public JsonWindow(Stream stream, JsonReaderOptions options)
    {
        _stream = stream;
        _state = new JsonReaderState(options);
        Fill();
        // Utf8JsonReader does not skip a byte order mark.
        if (Span.StartsWith("\uFEFF"u8))
        {
            _start = 3;
        }
    }

    /// <summary>True once the whole rest of the file is in the window.</summary>
    public bool IsFinal { get; private set; }

    /// <summary>The bytes from the last commit on; reader indexes are relative to it.</summary>
    public ReadOnlySpan<byte> Span => _buffer.AsSpan(_start, _length - _start);

    /// <summary>A reader that continues from the last commit (its state keeps line numbers for error messages).</summary>
    public Utf8JsonReader Reader() => new(Span, IsFinal, _state);

    public void Commit(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    /// <summary>The line of an index into <see cref="Span"/>; asked in increasing order so each byte is scanned once.</summary>
    public long LineAt(int index)
    {
        var at = _start + index;
        _line += _buffer.AsSpan(_counted, at - _counted).Count((byte)'\n');
        _counted = at;
        return _line;
    }

    /// <summary>Reads more of the file, dropping committed bytes and doubling the window when it is full.</summary>
    public void More()
    {
        if (_counted < _start)
        {
            LineAt(0);
        }

        var kept = _length - _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, kept);
            _counted -= _start;
            (_start, _length) = (0, kept);
        }

        if (_length == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        Fill();
    }

    public void ReadToEnd()
    {
        while (!IsFinal)
        {
            More();
        }
    }

    private void Fill()
    {
        while (_length < _buffer.Length)
        {
            var read = _stream.Read(_buffer, _length, _buffer.Length - _length);
            if (read == 0)
            {
                IsFinal = true;
                return;
            }

            _length += read;
        }
    }
}
