using System.Text.Json.Serialization;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Messaging;

namespace SignpostBot.DirectLine;

/// <summary>Start and reconnect answer: the conversation, its token and the pre-authorised WebSocket URL.</summary>
public sealed record ConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl);

/// <summary>A batch of activities and the watermark to ask from next time.</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string Watermark);

/// <summary>The id given to a posted activity.</summary>
public sealed record ResourceResponse(string Id);

/// <summary>The body of <c>POST /v3/directline/conversations</c>: only the locale is read.</summary>
public sealed record StartConversationRequest(string? Locale);

/// <summary>
/// What <c>POST /api/directline/token</c> gives the page: a token for one new conversation, and which Direct
/// Line to use it with (<c>domain</c>, already ending in <c>/v3/directline</c>).
/// </summary>
public sealed record WebChatToken(
    string Token,
    string ConversationId,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string UserId,
    string Domain,
    string Mode);

/// <summary>What the page sends (as a beacon) when a person uses Exit this page.</summary>
public sealed record EndConversationRequest(string? Token, string? ConversationId, string? UserId);

/// <summary>The channel data kept on an echoed message: Web Chat's own id for it, which it matches its pending message by.</summary>
public sealed record ClientChannelData([property: JsonPropertyName(ClientChannelData.ClientActivityIdName)] string ClientActivityId)
{
    public const string ClientActivityIdName = "clientActivityID";
}

/// <summary>Azure Direct Line's <c>tokens/generate</c> answer.</summary>
public sealed record AzureTokenResponse(
    string? ConversationId,
    string? Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

/// <summary>The body sent to Azure's <c>tokens/generate</c>.</summary>
public sealed record AzureTokenRequest(ChannelAccount User);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(ConversationResponse))]
[JsonSerializable(typeof(ActivitySet))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(StartConversationRequest))]
[JsonSerializable(typeof(WebChatToken))]
[JsonSerializable(typeof(EndConversationRequest))]
[JsonSerializable(typeof(AzureTokenResponse))]
[JsonSerializable(typeof(AzureTokenRequest))]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ProblemBody))]
[JsonSerializable(typeof(BusyBody))]
[JsonSerializable(typeof(ClientChannelData))]
public sealed partial class DirectLineJsonContext : JsonSerializerContext;
