using System.Text.Json;
using Microsoft.Extensions.Options;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Turns;

namespace SignpostBot.State;

/// <summary>The turn ledger in Redis, shared by every instance: a turn key holds the unaddressed replies' JSON for the replay window.</summary>
public sealed class RedisTurnLedger(RedisConnection redis, IOptions<TurnOptions> options) : ITurnLedger
{
    private readonly TimeSpan _window = options.Value.ReplayWindow;

    public async ValueTask<IReadOnlyList<Activity>?> FindAsync(string turnKey, CancellationToken cancellationToken)
    {
        using var lease = await redis.TimeBoxed(redis.Database.StringGetLeaseAsync(turnKey), cancellationToken);
        if (lease is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(lease.Span, SchemaJsonContext.Default.ExpectedReplies)?.Activities;
        }
        catch (JsonException ex)
        {
            throw new CorruptStateException("A turn ledger entry is not valid JSON.", ex);
        }
    }

    public async ValueTask RecordAsync(string turnKey, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new ExpectedReplies(replies), SchemaJsonContext.Default.ExpectedReplies);
        await redis.TimeBoxed(redis.Database.StringSetAsync(turnKey, json, _window), cancellationToken);
    }
}
