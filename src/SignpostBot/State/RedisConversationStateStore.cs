using System.Text.Json;
using Microsoft.Extensions.Options;
using SignpostBot.Content;
using SignpostBot.Dialogs.State;
using StackExchange.Redis;

namespace SignpostBot.State;

/// <summary>
/// Conversation state in Redis, shared by every instance: the key is the keyed hash, the value the compact state
/// JSON, and every write sets the time to live. Each call is time-boxed; a store that is down or slow becomes a
/// <see cref="StateStoreUnavailableException"/>, which the turn answers with the fail-safe signpost.
/// </summary>
public sealed class RedisConversationStateStore : IConversationStateStore, IDisposable
{
    private readonly ConnectionMultiplexer _redis;
    private readonly TimeSpan _ttl;
    private readonly TimeSpan _timeout;

    public RedisConversationStateStore(IOptions<RedisStateOptions> redis, IOptions<BotOptions> bot)
    {
        _ttl = bot.Value.StateTtl;
        _timeout = redis.Value.Timeout;
        var options = ConfigurationOptions.Parse(redis.Value.Configuration);
        // Start even when Redis is down (turns answer with the fail-safe and /healthz says so), fail fast rather
        // than queue while it is away, and never wait longer than the time box.
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        var milliseconds = (int)Math.Ceiling(_timeout.TotalMilliseconds);
        options.AsyncTimeout = milliseconds;
        options.SyncTimeout = milliseconds;
        options.ConnectTimeout = Math.Max(milliseconds, 1000);
        _redis = ConnectionMultiplexer.Connect(options);
    }

    public bool IsConnected => _redis.IsConnected;

    public async ValueTask<DialogState?> GetAsync(string key, CancellationToken cancellationToken)
    {
        using var lease = await TimeBoxed(_redis.GetDatabase().StringGetLeaseAsync(key), cancellationToken);
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
        await TimeBoxed(_redis.GetDatabase().StringSetAsync(key, json, _ttl), cancellationToken);
    }

    public async ValueTask DeleteAsync(string key, CancellationToken cancellationToken)
        => await TimeBoxed(_redis.GetDatabase().KeyDeleteAsync(key), cancellationToken);

    /// <summary>Round trip to Redis within the time box, for the health check.</summary>
    public async Task<TimeSpan> PingAsync(CancellationToken cancellationToken)
        => await TimeBoxed(_redis.GetDatabase().PingAsync(), cancellationToken);

    public void Dispose() => _redis.Dispose();

    private async Task<T> TimeBoxed<T>(Task<T> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call.WaitAsync(_timeout, cancellationToken);
        }
        catch (TimeoutException ex)
        {
            throw new StateStoreUnavailableException("Redis did not answer within the time box.", ex);
        }
        catch (RedisException ex)
        {
            throw new StateStoreUnavailableException("Redis failed: " + ex.GetType().Name + ".", ex);
        }
    }
}
