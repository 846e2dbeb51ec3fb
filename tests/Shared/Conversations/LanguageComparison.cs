using System.Text.RegularExpressions;
using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Testing.Conversations;

/// <summary>
/// Plays a script twice side by side, in English and in another language, and checks that every reply's text changed
/// while its numbers (every run of digits, in order, and every call button's tel: link) stayed the same. A tap on a
/// button taps the button at the same place in the other language's reply.
/// </summary>
internal static partial class LanguageComparison
{
    public static async Task RunAsync(ConversationScript script, Func<Activity, Task<TurnReplies>> sendEnglish, Func<Activity, Task<TurnReplies>> sendOther)
    {
        var conversationId = "conv-" + Guid.NewGuid().ToString("N");
        var number = 0;
        IReadOnlyList<Activity> english = [];
        IReadOnlyList<Activity> other = [];
        foreach (var turn in script.Turns)
        {
            number++;
            var where = $"{script.Name}.yaml line {turn.Line}";
            Activity englishActivity;
            Activity otherActivity;
            if (turn.Tap is { } title)
            {
                var index = ReplyCards.ButtonTitles(english[^1]).IndexOf(title);
                englishActivity = ScriptActivities.Tap(script, conversationId, number, english, title);
                otherActivity = ScriptActivities.Tap(script, conversationId + "-other", number, other, ReplyCards.ButtonTitles(other[^1])[index]);
            }
            else
            {
                englishActivity = turn.User is { } text
                    ? ScriptActivities.Message(script, conversationId, number, text)
                    : ScriptActivities.Event(script, conversationId, number, turn.Event!);
                otherActivity = englishActivity with { Conversation = new ConversationAccount { Id = conversationId + "-other" } };
            }

            var englishResult = await sendEnglish(englishActivity);
            var otherResult = await sendOther(otherActivity);
            english = englishResult.Replies;
            other = otherResult.Replies;

            Assert.True(english.Count == other.Count, $"{where}: {english.Count} replies in English but {other.Count} in the other language.");
            for (var i = 0; i < english.Count; i++)
            {
                var englishText = ReplyCards.TextOf(english[i]);
                var otherText = ReplyCards.TextOf(other[i]);
                Assert.True(englishText != otherText, $"{where}: reply {i + 1} is the same in both languages:\n{englishText}");
                Assert.True(
                    Digits(englishText).SequenceEqual(Digits(otherText)),
                    $"{where}: reply {i + 1} shows other numbers:\n{englishText}\n---\n{otherText}");
                Assert.Equal(ReplyCards.ButtonTitles(english[i]).Count, ReplyCards.ButtonTitles(other[i]).Count);
            }

            Assert.Equal(ConversationRunner.CallLinks(english), ConversationRunner.CallLinks(other));
            Assert.Equal(englishResult.Ended, otherResult.Ended);
        }
    }

    private static IEnumerable<string> Digits(string text) => DigitRun().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitRun();
}
