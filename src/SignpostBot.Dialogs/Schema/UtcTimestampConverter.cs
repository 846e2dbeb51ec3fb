using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SignpostBot.Dialogs.Schema;

/// <summary>Reads any ISO 8601 timestamp; writes UTC with a <c>Z</c>, as the Activity spec asks.</summary>
public sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset?>
{
    private const int RoundTripLength = 28; // "2026-11-29T08:00:00.0000000Z"
    private const int MillisecondsEnd = 23; // just after "2026-11-29T08:00:00.000"

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var text = reader.GetString();
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value)
            ? value
            : null;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        // "yyyy-MM-ddTHH:mm:ss.fffZ" cut from the round-trip format ("…ss.fffffffZ"), which is formatted without
        // parsing a pattern or making a string: every reply carries a timestamp.
        Span<byte> utf8 = stackalloc byte[RoundTripLength];
        Utf8Formatter.TryFormat(value.Value.UtcDateTime, utf8, out _, new StandardFormat('O'));
        utf8[MillisecondsEnd] = (byte)'Z';
        writer.WriteStringValue(utf8[..(MillisecondsEnd + 1)]);
    }
}
