using System.Net.Http.Json;
using System.Text.Json;
using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Tests;

/// <summary>Talks to /api/messages the way a channel does, asking for the replies in the response (expectReplies).</summary>
internal static class BotClient
{
    public static async Task<IReadOnlyList<Activity>> SendAsync(HttpClient client, Activity activity)
    {
        using var response = await client.PostAsJsonAsync("/api/messages", activity with { DeliveryMode = DeliveryModes.ExpectReplies }, SchemaJsonContext.Default.Activity);
        response.EnsureSuccessStatusCode();
        var replies = await response.Content.ReadFromJsonAsync(SchemaJsonContext.Default.ExpectedReplies);
        return replies!.Activities;
    }

    public static Activity Message(string conversationId, string text, string? id = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = id ?? Guid.NewGuid().ToString("N"),
        ChannelId = "test",
        ServiceUrl = "http://127.0.0.1:9/",
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = "user-1", Role = "user" },
        Recipient = new ChannelAccount { Id = "bot-1", Role = "bot" },
        Text = text,
    };

    public static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    public static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, SchemaJsonContext.Default.Activity);
}
