using System.Text.Json;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Turns;

namespace SignpostBot.DirectLine;

/// <summary>
/// The bot's side of the built-in Direct Line, in process: addresses what the user sent, echoes it to the stream
/// with the id it was given (Web Chat marks a message sent only then), runs the turn and queues the replies as
/// replies to that id. A client's retry of a post (the same <c>id</c> or <c>clientActivityID</c>) gets the first
/// post's id and runs no second turn. Only messages are kept and run turns; typing and events are acknowledged
/// and dropped.
/// </summary>
public sealed class DirectLineBot(TurnRunner turns, DirectLineConversationStore store, TimeProvider clock)
{
    /// <summary>The channel id the bot sees, as Azure's Web Chat channel sends it.</summary>
    public const string ChannelId = Channels.WebChat;

    /// <summary>The longest client activity id remembered; a longer one is not a real client's and is not kept.</summary>
    private const int MaxClientIdLength = 100;

    private static readonly ChannelAccount Bot = new() { Id = "signpostbot", Name = "SignpostBot", Role = "bot" };

    /// <summary>The activity types a client may post: a message runs a turn; typing and events are acknowledged, never kept.</summary>
    public static bool MayPost(string type) => type is ActivityTypes.Message or ActivityTypes.Typing or ActivityTypes.Event;

    /// <summary>Greets a new conversation, as a channel's conversationUpdate does; the update itself is never delivered.</summary>
    public async Task StartAsync(DirectLineConversation conversation, string? locale, CancellationToken cancellationToken)
    {
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = conversation.Id + "|start",
            ChannelId = ChannelId,
            Conversation = new ConversationAccount { Id = conversation.Id },
            From = new ChannelAccount { Id = conversation.UserId, Role = "user" },
            Recipient = Bot,
            Locale = locale,
            Timestamp = clock.GetUtcNow(),
            MembersAdded = [Bot, new ChannelAccount { Id = conversation.UserId }],
        };
        await conversation.TurnLock.WaitAsync(cancellationToken);
        try
        {
            await RunLockedAsync(conversation, update, replyToId: null);
        }
        finally
        {
            conversation.TurnLock.Release();
        }
    }

    /// <summary>Takes an activity the user posted (a type <see cref="MayPost"/> allows); returns the id it was given.</summary>
    public async Task<string> ReceiveAsync(DirectLineConversation conversation, Activity posted, CancellationToken cancellationToken)
    {
        var clientId = ClientIdOf(posted);
        await conversation.TurnLock.WaitAsync(cancellationToken);
        try
        {
            if (clientId is not null && conversation.EarlierPostId(clientId) is { } earlier)
            {
                return earlier;
            }

            if (posted.Type != ActivityTypes.Message)
            {
                // Typing and events are not kept and run no turn: a bot with one user has no one to show them to.
                return $"{conversation.Id}|{posted.Type}";
            }

            // The channel, not the client, says who sent it and when: the user id is the token's.
            var now = clock.GetUtcNow();
            var activity = posted with
            {
                Id = null,
                ChannelId = ChannelId,
                ServiceUrl = null,
                Conversation = new ConversationAccount { Id = conversation.Id },
                From = new ChannelAccount { Id = conversation.UserId, Role = "user" },
                Recipient = Bot,
                Timestamp = now,
                DeliveryMode = null,
            };

            var echoed = conversation.Append(Echo(activity, clientId));
            if (clientId is not null)
            {
                conversation.RememberPost(clientId, echoed.Id!);
            }

            await RunLockedAsync(conversation, activity with { Id = echoed.Id }, echoed.Id);
            return echoed.Id!;
        }
        finally
        {
            conversation.TurnLock.Release();
        }
    }

    /// <summary>
    /// The echo kept for the client to replay: what Web Chat shows and matches its pending message by (its
    /// <c>clientActivityID</c>), no more. Attachments, entities, values and any other channel data are not kept,
    /// and a very long text is kept only as far as the bot reads it for answers.
    /// </summary>
    private static Activity Echo(Activity activity, string? clientId) => new()
    {
        Type = activity.Type,
        ChannelId = activity.ChannelId,
        Conversation = activity.Conversation,
        From = activity.From,
        Timestamp = activity.Timestamp,
        Locale = activity.Locale is { Length: <= 35 } locale ? locale : null,
        TextFormat = activity.TextFormat is "plain" or "markdown" ? activity.TextFormat : null,
        Text = activity.Text is { Length: > TriageBot.MaxTextLength } text ? text[..TriageBot.MaxTextLength] : activity.Text,
        ChannelData = clientId is null ? null : JsonSerializer.SerializeToElement(new ClientChannelData(clientId), DirectLineJsonContext.Default.ClientChannelData),
    };

    /// <summary>The client's own id for a post: its <c>id</c>, else Web Chat's <c>channelData.clientActivityID</c>.</summary>
    private static string? ClientIdOf(Activity posted)
    {
        var id = posted.Id;
        if (string.IsNullOrEmpty(id)
            && posted.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty(ClientChannelData.ClientActivityIdName, out var client)
            && client.ValueKind == JsonValueKind.String)
        {
            id = client.GetString();
        }

        return id is { Length: > 0 and <= MaxClientIdLength } ? id : null;
    }

    private async Task RunLockedAsync(DirectLineConversation conversation, Activity activity, string? replyToId)
    {
        // The turn finishes even if the browser goes away mid-request: its replies wait in the queue. Repeats are
        // recognised above by the client's id, so the turn runner needs no turn id.
        var replies = await turns.RunAsync(activity, turnId: null, CancellationToken.None);
        var now = clock.GetUtcNow();
        for (var i = 0; i < replies.Count; i++)
        {
            var reply = replies[i];
            conversation.Append(reply with
            {
                ChannelId = ChannelId,
                ServiceUrl = null,
                From = Bot,
                Recipient = new ChannelAccount { Id = conversation.UserId, Role = "user" },
                Conversation = new ConversationAccount { Id = conversation.Id },
                ReplyToId = replyToId,
                // Web Chat orders by timestamp: a millisecond apart keeps one turn's replies in the order sent.
                Timestamp = (reply.Timestamp ?? now).AddMilliseconds(i),
            });
        }

        store.KeepWithinTotal();
    }
}
