using System.Text.Json;
using System.Text.Json.Nodes;
using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Dialogs.Tests.Schema;

public sealed class ActivityJsonTests
{
    [Fact]
    public void RoundTrip_UnknownFields_AreKept()
    {
        const string json = """{"type":"message","text":"hi","futureField":{"a":[1,2]},"from":{"id":"u","tenantSpecific":"x"},"conversation":{"id":"c","extra":true}}""";

        var activity = JsonSerializer.Deserialize(json, SchemaJsonContext.Default.Activity)!;
        var back = JsonNode.Parse(JsonSerializer.Serialize(activity, SchemaJsonContext.Default.Activity))!;

        Assert.Equal(2, back["futureField"]!["a"]!.AsArray().Count);
        Assert.Equal("x", back["from"]!["tenantSpecific"]!.GetValue<string>());
        Assert.True(back["conversation"]!["extra"]!.GetValue<bool>());
    }

    [Fact]
    public void Serialize_Timestamp_IsUtcWithZ()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Timestamp = new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.FromHours(2)) };

        var json = JsonSerializer.Serialize(activity, SchemaJsonContext.Default.Activity);

        Assert.Contains("\"timestamp\":\"2026-11-29T08:00:00.000Z\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_TimestampWithTicks_IsCutToMilliseconds()
    {
        var activity = new Activity { Timestamp = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(-5)).AddTicks(9_876_543) };

        var json = JsonSerializer.Serialize(activity, SchemaJsonContext.Default.Activity);

        Assert.Equal("""{"timestamp":"2026-01-02T08:04:05.987Z"}""", json);
    }

    [Fact]
    public void Serialize_NullFields_AreLeftOut()
    {
        var json = JsonSerializer.Serialize(new Activity { Type = ActivityTypes.Message }, SchemaJsonContext.Default.Activity);

        Assert.Equal("""{"type":"message"}""", json);
    }

    [Fact]
    public void Deserialize_FieldNamesInAnyCase_AreRead()
    {
        var activity = JsonSerializer.Deserialize("""{"Type":"message","TEXT":"hi"}""", SchemaJsonContext.Default.Activity)!;

        Assert.Equal("hi", activity.Text);
    }
}
