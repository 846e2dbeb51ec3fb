using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SignpostBot.Content;

namespace SignpostBot.State;

/// <summary>
/// Turns a channel and conversation id into a state key (<c>conv:</c>), and a channel, conversation and activity
/// id into a turn key (<c>turn:</c>, see <see cref="ITurnLedger"/>), with HMAC-SHA256, so the store never holds an
/// id that could be matched to a person, and keys cannot be guessed without the secret.
/// </summary>
public sealed class ConversationKeyHasher : IDisposable
{
    private const int StackLimit = 512;
    private const string ConversationPrefix = "conv:";
    private const string TurnPrefix = "turn:";
    private const int PrefixLength = 5; // both prefixes
    private const int EncodedLength = 43; // 32 bytes in unpadded base64url

    private readonly byte[] _key;

    // One keyed HMAC per thread, reset after each use: a one-shot HMAC sets up and tears down the key every turn.
    private readonly ThreadLocal<HMACSHA256> _hmac;

    public ConversationKeyHasher(IOptions<BotOptions> options)
    {
        var configured = options.Value.StateKey;
        _key = string.IsNullOrWhiteSpace(configured) ? RandomNumberGenerator.GetBytes(32) : Convert.FromBase64String(configured);
        _hmac = new ThreadLocal<HMACSHA256>(() => new HMACSHA256(_key));
    }

    /// <summary>The state key of one conversation: <c>conv:</c> and 43 base64url characters.</summary>
    public string KeyFor(string channelId, string conversationId) => Hash(ConversationPrefix, channelId, conversationId, activityId: null);

    /// <summary>The key of one turn, a channel's activity in a conversation: <c>turn:</c> and 43 base64url characters.</summary>
    public string TurnKeyFor(string channelId, string conversationId, string activityId) => Hash(TurnPrefix, channelId, conversationId, activityId);

    /// <summary>
    /// The first 128 bits of the hash in a key made here (<see cref="KeyFor"/>, <see cref="TurnKeyFor"/>): the key as a
    /// number, for a table of many keys that should hold no strings.
    /// </summary>
    /// <exception cref="ArgumentException">The key was not made by this class.</exception>
    public static UInt128 HashOf(string key)
    {
        Span<byte> hash = stackalloc byte[32];
        if (key.Length != PrefixLength + EncodedLength
            || !Base64Url.IsValid(key.AsSpan(PrefixLength))
            || Base64Url.DecodeFromChars(key.AsSpan(PrefixLength), hash) != hash.Length)
        {
            throw new ArgumentException("Not a key made by ConversationKeyHasher.", nameof(key));
        }

        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }

    private string Hash(string prefix, string channelId, string conversationId, string? activityId)
    {
        var maxLength = Encoding.UTF8.GetMaxByteCount(channelId.Length + conversationId.Length + (activityId?.Length ?? 0) + 2);
        byte[]? rented = null;
        var input = maxLength <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(maxLength));
        try
        {
            var length = Encoding.UTF8.GetBytes(channelId, input);
            input[length++] = (byte)'\n';
            length += Encoding.UTF8.GetBytes(conversationId, input[length..]);
            if (activityId is not null)
            {
                input[length++] = (byte)'\n';
                length += Encoding.UTF8.GetBytes(activityId, input[length..]);
            }

            Span<byte> hash = stackalloc byte[32];
            _hmac.Value!.TryComputeHash(input[..length], hash, out _);
            Span<char> encoded = stackalloc char[EncodedLength];
            Base64Url.EncodeToChars(hash, encoded);
            return string.Concat(prefix, encoded); // one string per turn, not two
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    public void Dispose() => _hmac.Dispose();
}
