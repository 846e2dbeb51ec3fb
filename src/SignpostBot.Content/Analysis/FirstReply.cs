using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Content.Analysis;

/// <summary>
/// A person's first message as they meet the bot: the chat opens (the welcome and the first question), then they type
/// their message, and the bot's reply to it is judged the way the person sees it. <c>prove</c> (the understanding
/// examples) and <c>evaluate</c> (the held-out set) judge first replies with this one rule.
/// </summary>
public sealed class FirstReply
{
    private static readonly ChannelAccount User = new() { Id = "person" };
    private static readonly ChannelAccount Bot = new() { Id = "bot" };

    private readonly ITurnFunction _bot;
    private readonly string _channel;
    private readonly HashSet<string> _numbers;

    /// <param name="bot">The real turn function, with its trained classifier.</param>
    /// <param name="knowledge">Whose numbers count as help: every country's emergency numbers and hotlines, the international hotlines and the numbers shown while the country is not known.</param>
    /// <param name="channel">The channel id the activities carry (Web Chat's rendering: hero cards with <c>tel:</c> call buttons).</param>
    public FirstReply(ITurnFunction bot, KnowledgeBase knowledge, string channel)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _bot = bot;
        _channel = channel;
        _numbers = knowledge.Countries.SelectMany(c => c.Emergency.Concat(c.Hotlines.SelectMany(h => h.Phones)))
            .Concat(knowledge.International.SelectMany(h => h.Phones))
            .Concat(knowledge.UnknownCountryEmergency)
            .Select(p => p.TelUri)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The bot's replies to <paramref name="text"/> sent as the first message after the welcome, in a new conversation.</summary>
    public IReadOnlyList<Activity> To(string text)
    {
        var opened = _bot.OnTurn(null, Activity(ActivityTypes.ConversationUpdate) with { MembersAdded = [User], Recipient = Bot });
        return _bot.OnTurn(opened.State, Activity(ActivityTypes.Message) with { Text = text, From = User, Recipient = Bot }).Replies;
    }

    /// <summary>
    /// Whether the first reply to <paramref name="text"/> helps: a card in it offers to call one of the knowledge's
    /// numbers (a hotline or an emergency number). Text alone (the welcome's "call 999") does not count.
    /// </summary>
    public bool Helps(string text) => RenderedReplies.CallLinks(To(text)).Any(_numbers.Contains);

    private Activity Activity(string type) => new()
    {
        Type = type,
        ChannelId = _channel,
        Conversation = new ConversationAccount { Id = "first-message" },
    };
}
