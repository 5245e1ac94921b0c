using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodeTracer.Extract.Specs.Model;

/// <summary>Reads the three spellings of a <see cref="SpecValue"/> and writes the canonical one (an array of rules).</summary>
internal sealed class SpecValueConverter : JsonConverter<SpecValue>
{
    public override SpecValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var rules = new List<SpecRule>();
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                rules.Add(ReadRule(ref reader, options));
            }
        }
        else
        {
            rules.Add(ReadRule(ref reader, options));
        }

        return new SpecValue(rules);
    }

    public override void Write(Utf8JsonWriter writer, SpecValue value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.Rules, options);

    private static SpecRule ReadRule(ref Utf8JsonReader reader, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => new SpecRule { Path = reader.GetString() },
        JsonTokenType.StartObject => JsonSerializer.Deserialize<SpecRule>(ref reader, options)!,
        _ => throw new JsonException($"a rule is a path string or an object, not {reader.TokenType}"),
    };
}
