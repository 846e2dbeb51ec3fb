using System.Text.Json;
using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Cli.Commands;

/// <summary>A button the person can tap by typing its number: what it says, and what tapping it sends.</summary>
internal sealed record NumberedButton(string Title, string Value);

/// <summary>
/// Prints replies in a terminal whatever the channel's rendering: text, hero cards and suggested actions (Web Chat
/// and most channels), or Adaptive Cards (Teams, <c>--channel msteams</c>). Choice buttons are numbered.
/// </summary>
internal static class ReplyPrinter
{
    /// <summary>Prints the replies; returns the numbered buttons of the last one.</summary>
    public static async Task<IReadOnlyList<NumberedButton>> ShowAsync(IReadOnlyList<Activity> replies, TextWriter output)
    {
        List<NumberedButton> buttons = [];
        foreach (var reply in replies)
        {
            if (!string.IsNullOrWhiteSpace(reply.Text))
            {
                foreach (var line in reply.Text.Split('\n'))
                {
                    await output.WriteLineAsync(("bot> " + line).TrimEnd());
                }
            }

            var choices = new List<NumberedButton>();
            foreach (var attachment in reply.Attachments ?? [])
            {
                if (attachment.Content is not { ValueKind: JsonValueKind.Object } content)
                {
                    continue;
                }

                if (attachment.ContentType == ContentTypes.AdaptiveCard)
                {
                    await ShowAdaptiveCardAsync(content, choices, output);
                }
                else if (content.Deserialize(SchemaJsonContext.Default.HeroCard) is { } card)
                {
                    await ShowHeroCardAsync(card, output);
                }
            }

            choices.AddRange((reply.SuggestedActions?.Actions ?? []).Select(a => new NumberedButton(a.Title, a.Value)));
            buttons = choices;
            for (var i = 0; i < buttons.Count; i++)
            {
                await output.WriteLineAsync($"     {i + 1}. {buttons[i].Title}");
            }
        }

        return buttons;
    }

    private static async Task ShowHeroCardAsync(HeroCard card, TextWriter output)
    {
        await output.WriteLineAsync("     | " + card.Title + (card.Subtitle is { } sub ? " — " + sub : string.Empty));
        if (card.Text is { Length: > 0 } cardText)
        {
            await output.WriteLineAsync("     |   " + cardText);
        }

        foreach (var button in card.Buttons ?? [])
        {
            await output.WriteLineAsync($"     |   [{button.Title}] {button.Value}");
        }
    }

    /// <summary>An Adaptive Card's text blocks in order, its links as [title] url, its Action.Submit buttons as choices.</summary>
    private static async Task ShowAdaptiveCardAsync(JsonElement element, List<NumberedButton> choices, TextWriter output)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                await ShowAdaptiveCardAsync(item, choices, output);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        switch (element.TryGetProperty("type", out var type) ? type.GetString() : null)
        {
            case "TextBlock":
                foreach (var line in (element.TryGetProperty("text", out var text) ? text.GetString() ?? string.Empty : string.Empty).Split('\n'))
                {
                    await output.WriteLineAsync(("     | " + line).TrimEnd());
                }

                return;
            case "Action.OpenUrl":
                await output.WriteLineAsync($"     |   [{element.GetProperty("title").GetString()}] {element.GetProperty("url").GetString()}");
                return;
            case "Action.Submit":
                // Teams sends a tapped messageBack button's text as the message, just as if it were typed.
                var sends = element.GetProperty("data").GetProperty(Channels.TeamsCardData).GetProperty("text").GetString() ?? string.Empty;
                choices.Add(new NumberedButton(element.GetProperty("title").GetString() ?? sends, sends));
                return;
        }

        foreach (var part in new[] { "body", "items", "actions" })
        {
            if (element.TryGetProperty(part, out var children))
            {
                await ShowAdaptiveCardAsync(children, choices, output);
            }
        }
    }
}
