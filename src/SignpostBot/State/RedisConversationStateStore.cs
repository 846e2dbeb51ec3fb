using System.Text.Json;
using Microsoft.Extensions.Options;
using SignpostBot.Content;
using SignpostBot.Dialogs.State;

namespace SignpostBot.State;

/// <summary>
/// Conversation state in Redis, shared by every instance: the key is the keyed hash, the value the compact state
/// JSON, and every write sets the time to live. Each call is time-boxed by <see cref="RedisConnection"/>.
/// </summary>
public sealed class RedisConversationStateStore(RedisConnection redis, IOptions<BotOptions> bot) : IConversationStateStore
{
    private readonly TimeSpan _ttl = bot.Value.StateTtl;

    public bool IsConnected => redis.IsConnected;

    public async ValueTask<DialogState?> GetAsync(string key, CancellationToken cancellationToken)
    {
        using var lease = await redis.TimeBoxed(redis.Database.StringGetLeaseAsync(key), cancellationToken);
        if (lease is null)
        {
            return null;
        }

        DialogState? state;
        try
        {
            state = JsonSerializer.Deserialize(lease.Span, StateJsonContext.Default.DialogState);
        }
        catch (JsonException ex)
        {
            throw new CorruptStateException("A state entry is not valid state JSON.", ex);
        }

        if (state is null || state.Version != DialogState.CurrentVersion)
        {
            throw new CorruptStateException("A state entry is empty or from another state version.");
        }

        return state;
    }

    public async ValueTask SetAsync(string key, DialogState state, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(state, StateJsonContext.Default.DialogState);
        await redis.TimeBoxed(redis.Database.StringSetAsync(key, json, _ttl), cancellationToken);
    }

    public async ValueTask DeleteAsync(string key, CancellationToken cancellationToken)
        => await redis.TimeBoxed(redis.Database.KeyDeleteAsync(key), cancellationToken);

    /// <summary>Round trip to Redis within the time box, for the health check.</summary>
    public Task<TimeSpan> PingAsync(CancellationToken cancellationToken) => redis.PingAsync(cancellationToken);
}
