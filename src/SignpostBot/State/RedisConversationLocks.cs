using System.Security.Cryptography;
using StackExchange.Redis;

namespace SignpostBot.State;

/// <summary>
/// Conversation locks shared by every instance: a short Redis key (<c>lock:</c> and the conversation's hash), set
/// only if absent with an expiry (SET NX PX), so a crashed instance's lock frees itself. Waiting turns poll for it;
/// past the wait limit the turn runs anyway: answering matters more than strict order.
/// </summary>
public sealed partial class RedisConversationLocks(RedisConnection redis, TimeProvider clock, ILogger<RedisConversationLocks> logger) : IConversationLocks
{
    /// <summary>How long a lock lives if its holder never releases it: longer than any turn (three time-boxed store calls).</summary>
    private static readonly TimeSpan Expiry = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    public async ValueTask<IAsyncDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken)
    {
        // lock:<hash>, the conversation key's hash without its conv: prefix.
        var key = new RedisKey("lock:" + conversationKey[(conversationKey.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        var owner = new RedisValue(Convert.ToHexString(RandomNumberGenerator.GetBytes(8)));
        var started = clock.GetTimestamp();
        while (!await redis.TimeBoxed(redis.Database.LockTakeAsync(key, owner, Expiry), cancellationToken))
        {
            if (clock.GetElapsedTime(started) > MaxWait)
            {
                LogLockWaitExceeded(logger);
                return NotHeld.Instance;
            }

            await Task.Delay(Poll, clock, cancellationToken);
        }

        return new Held(redis, key, owner);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A conversation's turn lock was held past the wait limit; the turn ran without it.")]
    private static partial void LogLockWaitExceeded(ILogger logger);

    private sealed class Held(RedisConnection redis, RedisKey key, RedisValue owner) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                // Only this holder's lock is released (compare and delete); an expired one may be someone else's now.
                await redis.TimeBoxed(redis.Database.LockReleaseAsync(key, owner), CancellationToken.None);
            }
            catch (StateStoreUnavailableException)
            {
                // It expires on its own.
            }
        }
    }

    private sealed class NotHeld : IAsyncDisposable
    {
        public static readonly NotHeld Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
