using System.Text.Json;
using System.Text.Json.Serialization;

namespace SignpostBot.Dialogs.Schema;

/// <summary>The conversation an activity belongs to.</summary>
public sealed record ConversationAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public bool? IsGroup { get; init; }
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
