using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace SignpostBot.DirectLine;

/// <summary>
/// The built-in Direct Line's conversations, in memory only. A token makes an unstarted conversation, which lives
/// <see cref="DirectLineOptions.UnstartedTtl"/> unless started and has its own bound, so tokens taken and never used
/// cannot fill the store; a conversation takes one of the <see cref="DirectLineOptions.MaxConversations"/> slots
/// only when it starts, and is forgotten when idle for <see cref="DirectLineOptions.ConversationTtl"/> or when ended.
/// Every log is bounded in count and bytes, and all of them together by <see cref="DirectLineOptions.MaxActivityBytes"/>:
/// past it, the least recently used conversations lose their oldest activities first. Ids are random and say
/// nothing about anyone.
/// </summary>
public sealed class DirectLineConversationStore
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _clock;
    private readonly DirectLineLimits _limits;
    private int _started;
    private int _unstarted;
    private int _trimming;

    public DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        _limits = new DirectLineLimits(_options.MaxActivitiesPerConversation, _options.MaxActivityBytesPerConversation, new DirectLineMemory());
    }

    /// <summary>Conversations held, started or not.</summary>
    public int Count => _conversations.Count;

    /// <summary>Started conversations: the slots taken.</summary>
    public int StartedCount => Volatile.Read(ref _started);

    /// <summary>The bytes of activities every log holds together.</summary>
    public long ActivityBytes => _limits.Total.Bytes;

    /// <summary>A new, unstarted conversation with a new user id, or null when too many wait to start.</summary>
    public DirectLineConversation? TryCreate()
    {
        if (Volatile.Read(ref _unstarted) >= _options.MaxUnstartedConversations)
        {
            Sweep();
            if (Volatile.Read(ref _unstarted) >= _options.MaxUnstartedConversations)
            {
                return null;
            }
        }

        var conversation = new DirectLineConversation(NewId(), "dl_" + NewId(), _limits, _clock.GetUtcNow());
        Interlocked.Increment(ref _unstarted);
        _conversations[conversation.Id] = conversation;
        return conversation;
    }

    /// <summary>Starts a conversation, taking a slot; refused when every slot is taken (after forgetting idle ones).</summary>
    public StartOutcome Start(DirectLineConversation conversation)
    {
        var outcome = conversation.Start(TakeSlot);
        if (outcome == StartOutcome.Refused && !conversation.Ended)
        {
            Sweep();
            outcome = conversation.Start(TakeSlot);
        }

        if (outcome == StartOutcome.Started)
        {
            Interlocked.Decrement(ref _unstarted);
        }

        return outcome;
    }

    /// <summary>The live conversation with this id, or null when it never existed, ended or expired.</summary>
    public DirectLineConversation? Find(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        if (IsExpired(conversation))
        {
            Remove(conversation);
            return null;
        }

        return conversation;
    }

    /// <summary>Ends and forgets a conversation; false when there was none.</summary>
    public bool End(string conversationId)
        => _conversations.TryGetValue(conversationId, out var conversation) && Remove(conversation);

    /// <summary>
    /// Called after activities are added: when every log together holds more than the total, trims the least
    /// recently used conversations' logs (oldest activities first) until they hold nine tenths of it.
    /// </summary>
    public void KeepWithinTotal()
    {
        if (_limits.Total.Bytes <= _options.MaxActivityBytes || Interlocked.Exchange(ref _trimming, 1) == 1)
        {
            return;
        }

        try
        {
            var target = _options.MaxActivityBytes / 10 * 9;
            foreach (var conversation in _conversations.Values.OrderBy(c => c.LastActive))
            {
                if (_limits.Total.Bytes <= target)
                {
                    break;
                }

                conversation.TrimTo(0);
            }
        }
        finally
        {
            Volatile.Write(ref _trimming, 0);
        }
    }

    /// <summary>Forgets every expired conversation; returns how many.</summary>
    public int Sweep()
    {
        var removed = 0;
        foreach (var conversation in _conversations.Values)
        {
            if (IsExpired(conversation) && Remove(conversation))
            {
                removed++;
            }
        }

        return removed;
    }

    private bool TakeSlot()
    {
        if (Interlocked.Increment(ref _started) <= _options.MaxConversations)
        {
            return true;
        }

        Interlocked.Decrement(ref _started);
        return false;
    }

    private bool IsExpired(DirectLineConversation conversation)
    {
        var now = _clock.GetUtcNow();
        return conversation.Started
            ? now - conversation.LastActive >= _options.ConversationTtl
            : now - conversation.Created >= _options.UnstartedTtl;
    }

    private bool Remove(DirectLineConversation conversation)
    {
        if (!_conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(conversation.Id, conversation)))
        {
            return false;
        }

        // Whether it held a slot is read as it ends, under its lock, so a start at the same moment is counted right.
        if (conversation.End(out var started))
        {
            Interlocked.Decrement(ref started ? ref _started : ref _unstarted);
        }

        return true;
    }

    private static string NewId() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
