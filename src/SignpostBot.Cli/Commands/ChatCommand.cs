using System.Text.Json;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Cli.Commands;

/// <summary>
/// <c>chat</c>: the same engine and content as the bot, in a terminal. The chat opens as in Web Chat (the welcome
/// and first question come before you type); buttons are numbered, and typing a number taps that button.
/// </summary>
internal static class ChatCommand
{
    public static async Task<int> RunAsync(CliArguments args, TextReader input, TextWriter output)
    {
        var root = ContentRoot.Resolve(args);
        if (LoadedContent.Load(root, output) is not { } content)
        {
            return 1;
        }

        var conversation = new Conversation(new TriageBot(content), args.Option("channel") ?? "cli", args.Option("locale") ?? "en-GB", DateTimeOffset.UtcNow);
        await output.WriteLineAsync("Talking to SignpostBot with the content in " + root.Root + ". Type a number to tap a button; end with Ctrl-D (Ctrl-Z then Enter on Windows).");
        var buttons = await ShowAsync(conversation.Send(conversation.Event("conversationUpdate")), output);
        while (true)
        {
            await output.WriteAsync("you> ");
            var line = await input.ReadLineAsync();
            if (line is null)
            {
                await output.WriteLineAsync();
                return 0;
            }

            var text = line.Trim();
            if (int.TryParse(text, out var n) && n >= 1 && n <= buttons.Count)
            {
                text = buttons[n - 1].Value;
                await output.WriteLineAsync($"     (tapped \"{buttons[n - 1].Title}\")");
            }

            var next = await ShowAsync(conversation.Send(conversation.Message(text)), output);
            buttons = next.Count > 0 || conversation.Ended ? next : buttons;
            if (conversation.Ended)
            {
                await output.WriteLineAsync("     (the bot has ended this chat and forgotten it; type anything to start again)");
            }
        }
    }

    /// <summary>Prints the replies; returns the numbered buttons of the last one.</summary>
    private static async Task<IReadOnlyList<CardAction>> ShowAsync(IReadOnlyList<Activity> replies, TextWriter output)
    {
        IReadOnlyList<CardAction> buttons = [];
        foreach (var reply in replies)
        {
            if (!string.IsNullOrWhiteSpace(reply.Text))
            {
                foreach (var line in reply.Text.Split('\n'))
                {
                    await output.WriteLineAsync(("bot> " + line).TrimEnd());
                }
            }

            foreach (var card in (reply.Attachments ?? []).Select(a => a.Content).OfType<JsonElement>().Select(c => c.Deserialize(SchemaJsonContext.Default.HeroCard)).OfType<HeroCard>())
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

            buttons = reply.SuggestedActions?.Actions ?? [];
            for (var i = 0; i < buttons.Count; i++)
            {
                await output.WriteLineAsync($"     {i + 1}. {buttons[i].Title}");
            }
        }

        return buttons;
    }
}
