using System.Text.Json;
using System.Text.Json.Serialization;

namespace SignpostBot.Dialogs.Schema;

/// <summary>A user or bot on a channel (<c>from</c>, <c>recipient</c>, <c>membersAdded</c>).</summary>
public sealed record ChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
