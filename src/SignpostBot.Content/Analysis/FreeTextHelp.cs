using System.Globalization;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Engine;

namespace SignpostBot.Content.Analysis;

/// <summary>
/// Turns to help for free-text first messages: every understanding example (<c>dialogs/understanding/</c>) of an intent
/// whose <c>firstMessage</c> reply shows help, sent as the first message after the welcome. <see cref="Helped"/> of
/// <see cref="Examples"/> got a phone number in that first reply (one turn, judged by <see cref="FirstReply"/>); the rest are listed.
/// </summary>
/// <param name="Misses">"language: text" of each example whose first reply had no phone number.</param>
public sealed record FreeTextHelp(int Examples, int Helped, IReadOnlyList<string> Misses)
{
    public override string ToString() => Examples == 0
        ? "free-text first messages: no examples of intents whose first reply shows help"
        : string.Create(CultureInfo.InvariantCulture, $"free-text first messages: {Helped} of {Examples} examples ({(double)Helped / Examples:P0}) get a phone number in the first reply (1 turn)");

    /// <summary>Plays each example through <paramref name="bot"/> (the bot with its trained classifier, as it runs).</summary>
    public static FreeTextHelp Measure(ITurnFunction bot, DialogSet content)
    {
        var helpful = content.Global.FirstMessage.Replies.Where(r => r.Answer || r.Signpost is not null).ToList();
        var examples = content.Understanding
            .SelectMany(u => u.Examples.Select(e => (u.Language, e.Intent, e.Text)))
            .Where(e => helpful.Any(r => r.Intents.Count > 0 && r.Names(e.Intent)))
            .ToList();
        var first = new FirstReply(bot, content.Knowledge, FlowExplorer.Channel);
        var misses = examples.Where(e => !first.Helps(e.Text)).Select(e => $"{e.Language}: {e.Text}").ToList();
        return new FreeTextHelp(examples.Count, examples.Count - misses.Count, misses);
    }
}
