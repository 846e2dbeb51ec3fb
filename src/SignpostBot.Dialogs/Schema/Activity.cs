using System.Text.Json;
using System.Text.Json.Serialization;

namespace SignpostBot.Dialogs.Schema;

/// <summary>
/// A Bot Framework Activity (botframework-activity spec). Only the fields SignpostBot reads or writes are
/// typed; everything else a channel sends is kept in <see cref="ExtensionData"/> so it survives a round trip.
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }

    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; init; }

    public string? ChannelId { get; init; }
    public string? ServiceUrl { get; init; }
    public ChannelAccount? From { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public string? ReplyToId { get; init; }
    public string? Locale { get; init; }
    public string? Text { get; init; }
    public string? TextFormat { get; init; }
    public string? Speak { get; init; }
    public string? InputHint { get; init; }
    public string? AttachmentLayout { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public SuggestedActions? SuggestedActions { get; init; }
    public IReadOnlyList<JsonElement>? Entities { get; init; }
    public JsonElement? ChannelData { get; init; }
    public JsonElement? Value { get; init; }
    public string? Name { get; init; }
    public string? Action { get; init; }
    public string? Code { get; init; }
    public string? DeliveryMode { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
