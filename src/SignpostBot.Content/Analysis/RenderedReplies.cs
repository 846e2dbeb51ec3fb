using System.Text.Json;
using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Content.Analysis;

/// <summary>
/// What a person sees in the bot's rendered replies, read the way a channel shows them: the phone numbers a card
/// offers to call, and the choice buttons under the last question. The content tools judge the real turn function's
/// output with these, never the engine's internals.
/// </summary>
public static class RenderedReplies
{
    /// <summary>
    /// The <c>tel:</c> links of call buttons on the replies' cards, in order. Web Chat and most channels show these
    /// as buttons that dial; plain text (such as the welcome's "call 999") is not counted as showing a number.
    /// </summary>
    public static List<string> CallLinks(IEnumerable<Activity> replies)
        => replies.SelectMany(r => r.Attachments ?? [])
            .Where(a => a.Content is { ValueKind: JsonValueKind.Object })
            .SelectMany(a => a.Content!.Value.TryGetProperty("buttons", out var buttons) && buttons.ValueKind == JsonValueKind.Array ? buttons.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Where(b => b.ValueKind == JsonValueKind.Object && b.TryGetProperty("type", out var type) && type.GetString() == ActionTypes.Call && b.TryGetProperty("value", out _))
            .Select(b => b.GetProperty("value").GetString() ?? string.Empty)
            .Where(v => v.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
            .ToList();

    /// <summary>Whether the reply offers at least one phone number to call.</summary>
    public static bool ShowsPhoneNumber(Activity reply) => CallLinks([reply]).Count > 0;

    /// <summary>The choice buttons (suggested actions) under the last reply: what a tap shows and sends.</summary>
    public static IReadOnlyList<CardAction> Buttons(IReadOnlyList<Activity> replies)
        => replies.Count > 0 && replies[^1].SuggestedActions is { } suggested
            ? suggested.Actions.Where(a => a.Type == ActionTypes.ImBack).ToList()
            : [];
}
