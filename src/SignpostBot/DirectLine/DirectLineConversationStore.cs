using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace SignpostBot.DirectLine;

/// <summary>
/// The built-in Direct Line's conversations, in memory only: bounded in number, each forgotten when idle for
/// <see cref="DirectLineOptions.ConversationTtl"/> or when ended. Ids are random and say nothing about anyone.
/// </summary>
public sealed class DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly DirectLineOptions _options = options.Value;

    public int Count => _conversations.Count;

    /// <summary>A new conversation with a new user id, or null when the store is full.</summary>
    public DirectLineConversation? TryCreate()
    {
        if (_conversations.Count >= _options.MaxConversations)
        {
            Sweep();
            if (_conversations.Count >= _options.MaxConversations)
            {
                return null;
            }
        }

        var conversation = new DirectLineConversation(NewId(), "dl_" + NewId(), _options.MaxActivitiesPerConversation, clock.GetUtcNow());
        _conversations[conversation.Id] = conversation;
        return conversation;
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
    {
        if (!_conversations.TryRemove(conversationId, out var conversation))
        {
            return false;
        }

        conversation.End();
        return true;
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

    private bool IsExpired(DirectLineConversation conversation) => clock.GetUtcNow() - conversation.LastActive >= _options.ConversationTtl;

    private bool Remove(DirectLineConversation conversation)
    {
        if (!_conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(conversation.Id, conversation)))
        {
            return false;
        }

        conversation.End();
        return true;
    }

    private static string NewId() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
