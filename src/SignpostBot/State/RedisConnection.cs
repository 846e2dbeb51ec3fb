using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace SignpostBot.State;

/// <summary>
/// The one Redis connection every shared part uses (state, the turn ledger, conversation locks). Each call is
/// time-boxed; Redis down or slow becomes a <see cref="StateStoreUnavailableException"/>, which a turn answers with
/// the fail-safe signpost.
/// </summary>
public sealed class RedisConnection : IDisposable
{
    private readonly ConnectionMultiplexer _redis;
    private readonly TimeSpan _timeout;

    public RedisConnection(IOptions<RedisStateOptions> options)
    {
        _timeout = options.Value.Timeout;
        _redis = Connect(options.Value);
    }

    /// <summary>The time box of one call.</summary>
    public TimeSpan Timeout => _timeout;

    public bool IsConnected => _redis.IsConnected;

    public IDatabase Database => _redis.GetDatabase();

    /// <summary>Round trip to Redis within the time box, for the health check.</summary>
    public async Task<TimeSpan> PingAsync(CancellationToken cancellationToken) => await TimeBoxed(Database.PingAsync(), cancellationToken);

    /// <summary>Waits for a Redis call within the time box; a timeout or a Redis error becomes <see cref="StateStoreUnavailableException"/>.</summary>
    public async Task<T> TimeBoxed<T>(Task<T> call, CancellationToken cancellationToken)
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

    public void Dispose() => _redis.Dispose();

    private static ConnectionMultiplexer Connect(RedisStateOptions redis)
    {
        var options = ConfigurationOptions.Parse(redis.Configuration);
        // Start even when Redis is down (turns answer with the fail-safe and /healthz says so), fail fast rather
        // than queue while it is away, and never wait longer than the time box.
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        var milliseconds = (int)Math.Ceiling(redis.Timeout.TotalMilliseconds);
        options.AsyncTimeout = milliseconds;
        options.SyncTimeout = milliseconds;
        options.ConnectTimeout = Math.Max(milliseconds, 1000);
        return ConnectionMultiplexer.Connect(options);
    }
}
