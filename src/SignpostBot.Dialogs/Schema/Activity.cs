using System.Text.Json;
using System.Text.Json.Serialization;

namespace SignpostBot.Dialogs.Schema;

/// <summary>
/// A Bot Framework Activity (botframework-activity spec). Only the fields SignpostBot reads or writes are
/// typed; everything else a channel sends is kept in <see cref="ExtensionData"/> so it survives a round trip.
/// </summary>
/// <remarks>
/// The properties have setters, not <c>init</c>, as do <see cref="ChannelAccount"/>'s and <see cref="ConversationAccount"/>'s:
/// System.Text.Json's generated reader sets them directly, where <c>init</c> properties go through its constructor path
/// (every request reads one; about a quarter faster). Activities are still treated as values: copied with <c>with</c>, never
/// changed once made.
/// </remarks>
public sealed record Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }

    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    public string? ChannelId { get; set; }
    public string? ServiceUrl { get; set; }
    public ChannelAccount? From { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ReplyToId { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? TextFormat { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? AttachmentLayout { get; set; }
    public IReadOnlyList<Attachment>? Attachments { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public IReadOnlyList<JsonElement>? Entities { get; set; }
    public JsonElement? ChannelData { get; set; }
    public JsonElement? Value { get; set; }
    public string? Name { get; set; }
    public string? Action { get; set; }
    public string? Code { get; set; }
    public string? DeliveryMode { get; set; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; set; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
