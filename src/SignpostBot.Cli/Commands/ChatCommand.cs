using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Rendering;

namespace SignpostBot.Cli.Commands;

/// <summary>
/// <c>chat</c>: the same engine and content as the bot, in a terminal. The chat opens as in Web Chat (the welcome
/// and first question come before you type); buttons are numbered, and typing a number taps that button.
/// </summary>
internal static class ChatCommand
{
    public static async Task<int> RunAsync(ContentRoot root, string channel, string locale, TextReader input, TextWriter output)
    {
        if (LoadedContent.LoadBot(root, output) is not { } bot)
        {
            return 1;
        }

        var conversation = new Conversation(bot, channel, locale, DateTimeOffset.UtcNow);
        await output.WriteLineAsync("Talking to SignpostBot with the content in " + root.Root + ". Type a number to tap a button; end with Ctrl-D (Ctrl-Z then Enter on Windows).");
        var buttons = await ReplyPrinter.ShowAsync(conversation.Send(conversation.Event("conversationUpdate")), output);
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

            var next = await ReplyPrinter.ShowAsync(conversation.Send(conversation.Message(text)), output);
            buttons = next.Count > 0 || conversation.Ended ? next : buttons;
            if (conversation.Ended)
            {
                await output.WriteLineAsync("     (the bot has ended this chat and forgotten it; type anything to start again)");
            }
        }
    }
}
