using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SignpostBot.Content;

namespace SignpostBot.State;

/// <summary>
/// Turns a channel and conversation id into a state key with HMAC-SHA256, so the store never holds an id that
/// could be matched to a person, and keys cannot be guessed without the secret.
/// </summary>
public sealed class ConversationKeyHasher
{
    private readonly byte[] _key;

    public ConversationKeyHasher(IOptions<BotOptions> options)
    {
        var configured = options.Value.StateKey;
        _key = string.IsNullOrWhiteSpace(configured) ? RandomNumberGenerator.GetBytes(32) : Convert.FromBase64String(configured);
    }

    public string KeyFor(string channelId, string conversationId)
    {
        var input = Encoding.UTF8.GetBytes(channelId + "\n" + conversationId);
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_key, input, hash);
        return "conv:" + Convert.ToBase64String(hash).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
