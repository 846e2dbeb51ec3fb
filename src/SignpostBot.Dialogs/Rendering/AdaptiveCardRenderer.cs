using System.Text.Json;
using System.Text.Json.Nodes;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Dialogs.Rendering;

/// <summary>
/// Microsoft Teams rendering: Adaptive Cards (version 1.5, the newest Teams shows). Choices are
/// <c>Action.Submit</c> buttons carrying Teams <c>messageBack</c> data, so a tap sends the choice's text to the
/// waiting prompt exactly as typing it would; links are <c>Action.OpenUrl</c>; phone numbers are text, because
/// Teams desktop cannot dial <c>tel:</c>. One card per message, since Teams splits text and a card into two.
/// </summary>
public sealed class AdaptiveCardRenderer : IReplyRenderer
{
    public const string Version = "1.5";

    /// <summary>Teams refuses bot messages over 100 KB; replies stay well under it.</summary>
    public const int MaxMessageBytes = 80 * 1024;

    public Activity Render(Reply reply, Activity incoming, DateTimeOffset? timestamp) => reply switch
    {
        PromptReply { Buttons.Count: 0 } prompt => ActivityFactory.ReplyTo(incoming, prompt.Text, InputHints.ExpectingInput, timestamp),
        PromptReply prompt => ActivityFactory.ReplyTo(
            incoming,
            null,
            InputHints.ExpectingInput,
            timestamp,
            attachments: [Attachment(Card([TextBlock(prompt.Text)], prompt.Text, [.. prompt.Buttons.Select(Submit)]))]),
        SignpostReply signpost => ActivityFactory.ReplyTo(incoming, null, InputHints.AcceptingInput, timestamp, attachments: [Attachment(SignpostCard(signpost))]),
        TextReply text => ActivityFactory.ReplyTo(incoming, text.Text, InputHints.AcceptingInput, timestamp),
        _ => throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, "No rendering for this reply."),
    };

    private static JsonObject SignpostCard(SignpostReply signpost)
    {
        var labels = signpost.Labels;
        var body = new List<JsonNode>();
        if (signpost.Text is { } intro)
        {
            body.Add(TextBlock(intro));
        }

        foreach (var entry in signpost.Entries)
        {
            body.Add(entry switch
            {
                EmergencyEntry emergency => TextBlock(SignpostText.Emergency(emergency, labels), bold: true, color: "Attention"),
                HotlineEntry hotline => Hotline(hotline, labels),
                GuidanceEntry guidance => Guidance(guidance.Resource, labels),
                _ => throw new ArgumentOutOfRangeException(nameof(signpost), entry.GetType().Name, "No card part for this entry."),
            });
        }

        return Card(body, SignpostText.Compose(signpost, labels), []);
    }

    private static JsonObject Hotline(HotlineEntry entry, Labels labels)
    {
        var hotline = entry.Hotline;
        var items = new List<JsonNode>();
        if (entry.Heading is { } heading)
        {
            items.Add(TextBlock(heading, subtle: true));
        }

        items.Add(TextBlock(hotline.Name, bold: true));
        foreach (var phone in hotline.Phones)
        {
            items.Add(TextBlock(SignpostText.Call(phone, labels)));
        }

        items.Add(TextBlock((hotline.Summary + " " + SignpostText.Details(hotline, labels)).Trim()));
        var links = new List<JsonNode>();
        if (hotline.Url is { } url)
        {
            links.Add(OpenUrl(labels.Website, url.AbsoluteUri));
        }

        if (hotline.Email is { } email)
        {
            links.Add(OpenUrl(labels.Email, "mailto:" + email));
        }

        return Container(items, links);
    }

    private static JsonObject Guidance(GuidanceResource resource, Labels labels)
        => Container(
            [TextBlock(resource.Title, bold: true), TextBlock(resource.Publisher, subtle: true), TextBlock(resource.Summary)],
            [OpenUrl(labels.Guidance, resource.Url!.AbsoluteUri)]);

    private static JsonObject Card(IEnumerable<JsonNode> body, string fallbackText, JsonNode[] actions)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["fallbackText"] = fallbackText,
            ["body"] = new JsonArray([.. body]),
        };
        if (actions.Length > 0)
        {
            card["actions"] = new JsonArray(actions);
        }

        return card;
    }

    private static JsonObject Container(IEnumerable<JsonNode> items, List<JsonNode> links)
    {
        var all = items.ToList();
        if (links.Count > 0)
        {
            all.Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. links]) });
        }

        return new JsonObject { ["type"] = "Container", ["separator"] = true, ["spacing"] = "Medium", ["items"] = new JsonArray([.. all]) };
    }

    private static JsonObject TextBlock(string text, bool bold = false, bool subtle = false, string? color = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (bold)
        {
            block["weight"] = "Bolder";
        }

        if (subtle)
        {
            block["isSubtle"] = true;
        }

        if (color is not null)
        {
            block["color"] = color;
        }

        return block;
    }

    private static JsonObject Submit(ChoiceButton button) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = button.Title,
        ["data"] = new JsonObject
        {
            [Channels.TeamsCardData] = new JsonObject
            {
                ["type"] = "messageBack",
                ["text"] = button.Value,
                ["displayText"] = button.Title,
                ["value"] = new JsonObject { ["choice"] = button.Value },
            },
        },
    };

    private static JsonObject OpenUrl(string title, string url) => new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url };

    private static Attachment Attachment(JsonObject card)
    {
        using var document = JsonDocument.Parse(card.ToJsonString());
        return new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = document.RootElement.Clone() };
    }
}
