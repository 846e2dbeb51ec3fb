using System.Globalization;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Dialogs.State;

namespace SignpostBot.Cli.Commands;

/// <summary>
/// One conversation with the bot's own turn function, held in memory the way a host holds it: the state between
/// turns, and activities addressed as a channel would send them. Nothing is written anywhere.
/// </summary>
internal sealed class Conversation(TriageBot bot, string channel, string? locale, DateTimeOffset start)
{
    public static readonly ChannelAccount User = new() { Id = "user", Name = "You", Role = "user" };
    public static readonly ChannelAccount Bot = new() { Id = "signpostbot", Name = "SignpostBot", Role = "bot" };

    private readonly string _id = "cli-" + Guid.NewGuid().ToString("N")[..12];
    private DialogState? _state;
    private int _sequence;

    /// <summary>Whether the last turn ended the conversation (the bot forgot it).</summary>
    public bool Ended { get; private set; }

    public Activity Message(string text) => Next() with { Type = ActivityTypes.Message, Text = text };

    public Activity Event(string name) => name switch
    {
        "conversationUpdate" => Next() with { Type = ActivityTypes.ConversationUpdate, MembersAdded = [Bot, User] },
        "endOfConversation" => Next() with { Type = ActivityTypes.EndOfConversation },
        "typing" => Next() with { Type = ActivityTypes.Typing },
        "attachmentOnly" => Next() with
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment { ContentType = "image/png", ContentUrl = "https://example.invalid/photo.png" }],
        },
        _ => throw new CliUsageException($"Unknown event '{name}': use conversationUpdate, endOfConversation, typing or attachmentOnly."),
    };

    /// <summary>Runs one turn; the replies come back with the ids and times a transcript needs.</summary>
    public IReadOnlyList<Activity> Send(Activity activity)
    {
        var result = bot.OnTurn(_state, activity);
        _state = result.State;
        Ended = result.State is null && result.Status == DialogTurnStatus.Cancelled;
        return result.Replies.Select(r => r with { Id = NextId(), Timestamp = NextTime() }).ToList();
    }

    private Activity Next() => new()
    {
        Id = NextId(),
        Timestamp = NextTime(),
        ChannelId = channel,
        Conversation = new ConversationAccount { Id = _id },
        From = User,
        Recipient = Bot,
        Locale = locale,
    };

    private string NextId() => _id + "-" + (++_sequence).ToString(CultureInfo.InvariantCulture);

    private DateTimeOffset NextTime() => start.AddSeconds(_sequence);
}
