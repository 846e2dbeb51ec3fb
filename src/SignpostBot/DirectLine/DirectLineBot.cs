using SignpostBot.Dialogs.Schema;
using SignpostBot.Turns;

namespace SignpostBot.DirectLine;

/// <summary>
/// The bot's side of the built-in Direct Line, in process: addresses what the user sent, echoes it to the stream
/// with the id it was given (Web Chat marks a message sent only then), runs the turn and queues the replies as
/// replies to that id.
/// </summary>
public sealed class DirectLineBot(TurnRunner turns, TimeProvider clock)
{
    /// <summary>The channel id the bot sees, as Azure's Web Chat channel sends it.</summary>
    public const string ChannelId = "webchat";

    private static readonly ChannelAccount Bot = new() { Id = "signpostbot", Name = "SignpostBot", Role = "bot" };
    private static readonly HashSet<string> TurnTypes = [ActivityTypes.Message, ActivityTypes.ConversationUpdate];

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
        await RunAsync(conversation, update, replyToId: null, cancellationToken);
    }

    /// <summary>Takes an activity the user posted; returns the id it was given.</summary>
    public async Task<string> ReceiveAsync(DirectLineConversation conversation, Activity posted, CancellationToken cancellationToken)
    {
        // The channel, not the client, says who sent it and when: the user id is the token's.
        var activity = posted with
        {
            Id = null,
            ChannelId = ChannelId,
            ServiceUrl = null,
            Conversation = new ConversationAccount { Id = conversation.Id },
            From = new ChannelAccount { Id = conversation.UserId, Role = "user" },
            Recipient = Bot,
            Timestamp = clock.GetUtcNow(),
            DeliveryMode = null,
        };

        await conversation.TurnLock.WaitAsync(cancellationToken);
        try
        {
            if (activity.Type == ActivityTypes.Typing)
            {
                // Typing is not kept; a bot with one user has no one to show it to.
                return conversation.Id + "|typing";
            }

            var echoed = conversation.Append(activity);
            await RunLockedAsync(conversation, echoed, echoed.Id);
            return echoed.Id!;
        }
        finally
        {
            conversation.TurnLock.Release();
        }
    }

    private async Task RunAsync(DirectLineConversation conversation, Activity activity, string? replyToId, CancellationToken cancellationToken)
    {
        await conversation.TurnLock.WaitAsync(cancellationToken);
        try
        {
            await RunLockedAsync(conversation, activity, replyToId);
        }
        finally
        {
            conversation.TurnLock.Release();
        }
    }

    private async Task RunLockedAsync(DirectLineConversation conversation, Activity activity, string? replyToId)
    {
        if (!TurnTypes.Contains(activity.Type ?? string.Empty))
        {
            return;
        }

        // The turn finishes even if the browser goes away mid-request: its replies wait in the queue.
        var replies = await turns.RunAsync(activity, CancellationToken.None);
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
    }
}
