using System.Text.Json;
using System.Text.Json.Serialization;

namespace SignpostBot.Dialogs.Schema;

/// <summary>An attachment: a card (<see cref="Content"/>) or a file (<see cref="ContentUrl"/>), never both.</summary>
public sealed record Attachment
{
    public string? ContentType { get; init; }
    public string? ContentUrl { get; init; }
    public JsonElement? Content { get; init; }
    public string? Name { get; init; }
    public string? ThumbnailUrl { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
