using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CodeTracer.Extract.Specs.Paths;

/// <summary>A hand-written recursive-descent parser for <see cref="JsonPath"/> and <see cref="FilterExpression"/>.</summary>
internal sealed class PathParser(string text)
{
    private static readonly string[] Operators = ["==", "!=", "<=", ">=", "<", ">"];
    private int _at;

    public JsonPath ParsePath()
    {
        var path = ParsePathAt();
        SkipSpace();
        if (_at < text.Length)
        {
            throw Error("unexpected text after the path");
        }

        return path;
    }

    public FilterExpression ParseWholeFilter()
    {
        var filter = ParseOr();
        SkipSpace();
        if (_at < text.Length)
        {
            throw Error("unexpected text after the filter");
        }

        return filter;
    }

    private JsonPath ParsePathAt()
    {
        SkipSpace();
        var start = _at;
        if (_at >= text.Length || (text[_at] != '$' && text[_at] != '@'))
        {
            throw Error("a path starts with $ (or @ inside a filter)");
        }

        _at++;
        var segments = new List<PathSegment>();
        while (_at < text.Length)
        {
            if (text[_at] == '.')
            {
                _at++;
                if (Peek('*'))
                {
                    _at++;
                    segments.Add(new PathSegment.Wildcard());
                    continue;
                }

                segments.Add(new PathSegment.Property(Name()));
            }
            else if (text[_at] == '[')
            {
                _at++;
                segments.Add(Bracket());
            }
            else
            {
                break;
            }
        }

        return new JsonPath(text[start.._at], segments);
    }

    private PathSegment Bracket()
    {
        SkipSpace();
        PathSegment segment;
        if (Peek('*'))
        {
            _at++;
            segment = new PathSegment.Wildcard();
        }
        else if (Peek('?'))
        {
            _at++;
            SkipSpace();
            Expect('(');
            segment = new PathSegment.Filter(ParseOr());
            SkipSpace();
            Expect(')');
        }
        else if (Peek('\'') || Peek('"'))
        {
            segment = new PathSegment.Property(Quoted());
        }
        else
        {
            var start = _at;
            while (_at < text.Length && (char.IsDigit(text[_at]) || text[_at] == '-'))
            {
                _at++;
            }

            if (!int.TryParse(text.AsSpan(start, _at - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index))
            {
                throw Error("expected *, an index, a quoted name or ?(filter) inside [ ]");
            }

            segment = new PathSegment.Index(index);
        }

        SkipSpace();
        Expect(']');
        return segment;
    }

    private FilterExpression ParseOr()
    {
        var left = ParseAnd();
        while (TryTake("||"))
        {
            left = new FilterExpression.Or(left, ParseAnd());
        }

        return left;
    }

    private FilterExpression ParseAnd()
    {
        var left = ParseUnary();
        while (TryTake("&&"))
        {
            left = new FilterExpression.And(left, ParseUnary());
        }

        return left;
    }

    private FilterExpression ParseUnary()
    {
        SkipSpace();
        if (Peek('!') && !(_at + 1 < text.Length && text[_at + 1] == '='))
        {
            _at++;
            return new FilterExpression.Not(ParseUnary());
        }

        if (Peek('('))
        {
            _at++;
            var inner = ParseOr();
            SkipSpace();
            Expect(')');
            return inner;
        }

        var path = ParsePathAt();
        SkipSpace();
        var op = Operators.FirstOrDefault(o => string.CompareOrdinal(text, _at, o, 0, o.Length) == 0);
        if (op is null)
        {
            return new FilterExpression.Exists(path);
        }

        _at += op.Length;
        return new FilterExpression.Compare(path, op, Literal());
    }

    private JsonElement Literal()
    {
        SkipSpace();
        string json;
        if (Peek('\'') || Peek('"'))
        {
            json = JsonSerializer.Serialize(Quoted());
        }
        else
        {
            var start = _at;
            while (_at < text.Length && (char.IsLetterOrDigit(text[_at]) || text[_at] is '-' or '+' or '.'))
            {
                _at++;
            }

            json = text[start.._at];
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw Error($"'{json}' is not a literal (a quoted string, a number, true, false or null)");
        }
    }

    private string Name()
    {
        var start = _at;
        while (_at < text.Length && (char.IsLetterOrDigit(text[_at]) || text[_at] is '_' or '-' or '$'))
        {
            _at++;
        }

        return _at > start ? text[start.._at] : throw Error("expected a property name");
    }

    private string Quoted()
    {
        var quote = text[_at++];
        var builder = new StringBuilder();
        while (_at < text.Length && text[_at] != quote)
        {
            if (text[_at] == '\\' && _at + 1 < text.Length)
            {
                _at++;
            }

            builder.Append(text[_at++]);
        }

        Expect(quote);
        return builder.ToString();
    }

    private bool TryTake(string token)
    {
        SkipSpace();
        if (string.CompareOrdinal(text, _at, token, 0, token.Length) != 0)
        {
            return false;
        }

        _at += token.Length;
        return true;
    }

    private bool Peek(char c) => _at < text.Length && text[_at] == c;

    private void Expect(char c)
    {
        if (!Peek(c))
        {
            throw Error($"expected '{c}'");
        }

        _at++;
    }

    private void SkipSpace()
    {
        while (_at < text.Length && char.IsWhiteSpace(text[_at]))
        {
            _at++;
        }
    }

    private SpecFormatException Error(string what) => new($"'{text}': {what} at position {_at + 1}");
}
