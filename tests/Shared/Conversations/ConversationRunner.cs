using System.Text.Json;
using SignpostBot.Content.Analysis;
using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Testing.Conversations;

/// <summary>What a turn sent back: the replies, and whether the bot forgot the conversation (null: not observable).</summary>
internal sealed record TurnReplies(IReadOnlyList<Activity> Replies, bool? Ended);

/// <summary>Plays a script against any host (the turn function, or HTTP) and checks every turn.</summary>
internal static class ConversationRunner
{
    public static async Task RunAsync(ConversationScript script, Func<Activity, Task<TurnReplies>> send)
    {
        var conversationId = "conv-" + Guid.NewGuid().ToString("N");
        var number = 0;
        IReadOnlyList<Activity> previous = [];
        foreach (var turn in script.Turns)
        {
            number++;
            var activity = turn switch
            {
                { User: { } text } => ScriptActivities.Message(script, conversationId, number, text),
                { Tap: { } title } => ScriptActivities.Tap(script, conversationId, number, previous, title),
                _ => ScriptActivities.Event(script, conversationId, number, turn.Event!),
            };
            var result = await send(activity);
            Check(script, turn, result);
            previous = result.Replies;
        }
    }

    private static void Check(ConversationScript script, ScriptTurn turn, TurnReplies result)
    {
        var where = $"{script.Name}.yaml line {turn.Line} ('{turn.User ?? turn.Event ?? turn.Tap}')";
        var texts = string.Join("\n", result.Replies.Select(ReplyCards.TextOf));
        var position = 0;
        foreach (var expected in turn.Bot)
        {
            var found = texts.IndexOf(expected, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"{where}: expected the bot to say \"{expected}\" (in order), but it said:\n{texts}");
            position = found + expected.Length;
        }

        foreach (var unexpected in turn.NotBot)
        {
            Assert.False(texts.Contains(unexpected, StringComparison.Ordinal), $"{where}: the bot should not say \"{unexpected}\", but it said:\n{texts}");
        }

        if (turn.Buttons is { } buttons)
        {
            var last = result.Replies.Count > 0 ? ReplyCards.ButtonTitles(result.Replies[^1]) : [];
            Assert.True(buttons.SequenceEqual(last), $"{where}: expected buttons [{string.Join(", ", buttons)}] but got [{string.Join(", ", last)}].");
        }

        var calls = CallLinks(result.Replies);
        foreach (var call in turn.Calls)
        {
            Assert.True(calls.Contains(call), $"{where}: expected a call button for {call}; the turn had [{string.Join(", ", calls)}].");
        }

        if (turn.FirstCall is { } first)
        {
            Assert.True(calls.Count > 0 && calls[0] == first, $"{where}: expected the first call button to be {first}; the turn had [{string.Join(", ", calls)}].");
        }

        if (turn.Silent)
        {
            Assert.True(result.Replies.Count == 0, $"{where}: expected no reply, but the bot said:\n{texts}");
        }

        if (turn.Ended && result.Ended is { } ended)
        {
            Assert.True(ended, $"{where}: expected the bot to forget the conversation.");
        }
    }

    /// <summary>The tel: links of every call button on the turn's cards, in order.</summary>
    public static List<string> CallLinks(IEnumerable<Activity> replies) => RenderedReplies.CallLinks(replies);
}
