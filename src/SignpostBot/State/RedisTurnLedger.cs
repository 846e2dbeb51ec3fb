using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SignpostBot.Dialogs.State;
using SignpostBot.Turns;

namespace SignpostBot.State;

/// <summary>
/// The turn ledger in Redis, shared by every instance: a turn key holds, for the replay window, what the turn started
/// from as JSON, <c>{"at":"2026-11-30T21:00:00+00:00","state":{…}}</c> (the state as the state store writes it; no
/// <c>state</c> for a new conversation).
/// </summary>
public sealed class RedisTurnLedger(RedisConnection redis, IOptions<TurnOptions> options) : ITurnLedger
{
    private readonly TimeSpan _window = options.Value.ReplayWindow;

    public async ValueTask<TurnStart?> FindAsync(string turnKey, CancellationToken cancellationToken)
    {
        using var lease = await redis.TimeBoxed(redis.Database.StringGetLeaseAsync(turnKey), cancellationToken);
        return lease is null ? null : Read(lease.Memory);
    }

    public async ValueTask RecordAsync(string turnKey, TurnStart start, CancellationToken cancellationToken)
        => await redis.TimeBoxed(redis.Database.StringSetAsync(turnKey, Write(start), _window), cancellationToken);

    internal static byte[] Write(TurnStart start)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("at", start.At);
            if (start.State is { } state)
            {
                writer.WritePropertyName("state");
                JsonSerializer.Serialize(writer, state, StateJsonContext.Default.DialogState);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    internal static TurnStart Read(ReadOnlyMemory<byte> json)
    {
        try
        {
            using var entry = JsonDocument.Parse(json);
            var root = entry.RootElement;
            var state = root.TryGetProperty("state", out var kept) ? kept.Deserialize(StateJsonContext.Default.DialogState) : null;
            if (state is not null && state.Version != DialogState.CurrentVersion)
            {
                throw new CorruptStateException("A turn ledger entry's state is from another state version.");
            }

            return new TurnStart(state, root.GetProperty("at").GetDateTimeOffset());
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
        {
            throw new CorruptStateException("A turn ledger entry is not valid JSON of a turn's start.", ex);
        }
    }
}
