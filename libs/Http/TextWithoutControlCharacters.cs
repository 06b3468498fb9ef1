using System.Text.Json;
using System.Text.Json.Serialization;

namespace WardPlatform.Http;

/// <summary>
/// Every string a service reads from JSON: control characters other than tab and line breaks (NUL above all, which
/// PostgreSQL refuses in text and answered as a 500) are refused at binding, as a malformed field (400).
/// No real text holds them; they only come as someone's probe or a broken client.
/// </summary>
public sealed class TextWithoutControlCharacters : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        if (value is not null && HasControlCharacter(value))
            throw new JsonException("Văn bản không được chứa ký tự điều khiển.");
        return value;
    }

    /// <summary>C0 controls but tab and line breaks, DEL, and the C1 block (what char.IsControl calls control).</summary>
    private static readonly System.Buffers.SearchValues<char> Refused = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')).ToArray());

    public static bool HasControlCharacter(string value) => value.AsSpan().IndexOfAny(Refused) >= 0;

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
