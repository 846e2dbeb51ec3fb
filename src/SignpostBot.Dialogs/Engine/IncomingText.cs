using System.Text.Json;
using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Dialogs.Engine;

/// <summary>
/// What a message says and whether it is meant for the bot, across channels: Teams @mentions are stripped,
/// and in group chats and team channels only messages that @mention the bot (or come from its own card
/// buttons) are answered. A tapped card button may arrive as text, a string value, or Teams messageBack data.
/// </summary>
internal static class IncomingText
{
    /// <summary>A team channel or group chat, where the bot speaks only when spoken to.</summary>
    public static bool IsGroup(Activity activity)
        => activity.Conversation is { } c && (c.IsGroup == true || c.ConversationType is "channel" or "groupChat");

    public static bool IsForBot(Activity activity)
        => !IsGroup(activity) || BotMentions(activity).Any() || activity.Value is { ValueKind: JsonValueKind.Object };

    /// <summary>The text of a message without the bot's @mention, or the text a card button sent; null when there is none.</summary>
    public static string? Read(Activity activity)
    {
        var text = activity.Text;
        if (!string.IsNullOrEmpty(text))
        {
            foreach (var mention in BotMentions(activity))
            {
                // A mention entity with no text names nothing to strip (and Replace would throw on it).
                if (mention.Length > 0)
                {
                    text = text.Replace(mention, string.Empty, StringComparison.Ordinal);
                }
            }

            if (!string.IsNullOrWhiteSpace(text))
            {
                return text.Trim();
            }
        }

        return activity.Value switch
        {
            { ValueKind: JsonValueKind.String } value when value.GetString() is { Length: > 0 } s => s,
            { ValueKind: JsonValueKind.Object } value => FromCardData(value),
            _ => null,
        };
    }

    /// <summary>The <c>&lt;at&gt;Name&lt;/at&gt;</c> texts of mention entities that name this bot.</summary>
    private static IEnumerable<string> BotMentions(Activity activity)
    {
        var botId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(botId) || activity.Entities is not { } entities)
        {
            yield break;
        }

        foreach (var entity in entities)
        {
            if (entity.ValueKind == JsonValueKind.Object
                && String(entity, "type") == "mention"
                && entity.TryGetProperty("mentioned", out var mentioned) && mentioned.ValueKind == JsonValueKind.Object
                && String(mentioned, "id") == botId)
            {
                yield return String(entity, "text") is { Length: > 0 } text ? text : string.Empty;
            }
        }
    }

    private static string? FromCardData(JsonElement value)
    {
        if (value.TryGetProperty(Channels.TeamsCardData, out var teams) && teams.ValueKind == JsonValueKind.Object)
        {
            return NonEmpty(String(teams, "text")) ?? NonEmpty(String(teams, "value"));
        }

        return NonEmpty(String(value, "choice")) ?? NonEmpty(String(value, "text"));
    }

    private static string? String(JsonElement element, string property)
        => element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
