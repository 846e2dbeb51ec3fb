using System.Text.Json;
using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Testing.Conversations;

/// <summary>Reads replies the same way whatever the channel's rendering: suggested actions or Adaptive Cards.</summary>
internal static class ReplyCards
{
    /// <summary>The reply's text, followed by the text of any Adaptive Card it carries (Teams puts everything in the card).</summary>
    public static string TextOf(Activity reply)
    {
        var parts = new List<string>();
        if (reply.Text is { } text)
        {
            parts.Add(text);
        }

        foreach (var card in AdaptiveCards(reply))
        {
            parts.AddRange(TextBlocks(card));
        }

        return string.Join("\n", parts);
    }

    /// <summary>The titles of the reply's choice buttons: suggested actions, or an Adaptive Card's Action.Submit buttons.</summary>
    public static List<string> ButtonTitles(Activity reply)
    {
        if (reply.SuggestedActions is { } suggested)
        {
            return suggested.Actions.Select(a => a.Title).ToList();
        }

        return Submits(reply).Select(a => a.GetProperty("title").GetString()!).ToList();
    }

    public static IEnumerable<JsonElement> Submits(Activity reply)
        => AdaptiveCards(reply)
            .SelectMany(card => card.TryGetProperty("actions", out var actions) ? actions.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Where(a => a.GetProperty("type").GetString() == "Action.Submit");

    public static IEnumerable<JsonElement> AdaptiveCards(Activity reply)
        => (reply.Attachments ?? [])
            .Where(a => a.ContentType == ContentTypes.AdaptiveCard && a.Content is { ValueKind: JsonValueKind.Object })
            .Select(a => a.Content!.Value);

    private static IEnumerable<string> TextBlocks(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var type) && type.GetString() == "TextBlock" && element.TryGetProperty("text", out var text))
            {
                yield return text.GetString() ?? string.Empty;
            }

            foreach (var property in element.EnumerateObject().Where(p => p.Name is "body" or "items"))
            {
                foreach (var child in property.Value.EnumerateArray().SelectMany(TextBlocks))
                {
                    yield return child;
                }
            }
        }
    }
}
