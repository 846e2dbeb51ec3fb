using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Turns;

namespace SignpostBot.State;

/// <summary>
/// One instance's turn ledger: each turn's unaddressed replies as compact JSON, forgotten after the replay window
/// or, when the byte budget is spent, oldest first. Entries all live equally long, so the queue of them in the order
/// written is also the order they expire in, and trimming costs nothing per turn beyond the entries it drops.
/// </summary>
public sealed class InMemoryTurnLedger(IOptions<TurnOptions> options, TimeProvider clock) : ITurnLedger
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, Entry Entry)> _order = new();
    private readonly object _gate = new();
    private readonly long _window = (long)(options.Value.ReplayWindow.TotalSeconds * clock.TimestampFrequency);
    private readonly long _budget = options.Value.ReplayMemoryBytes;
    private long _bytes;

    /// <summary>How many bytes of replies are held now.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    public ValueTask<IReadOnlyList<Activity>?> FindAsync(string turnKey, CancellationToken cancellationToken)
    {
        if (!_entries.TryGetValue(turnKey, out var entry) || clock.GetTimestamp() - entry.Written > _window)
        {
            return ValueTask.FromResult<IReadOnlyList<Activity>?>(null);
        }

        return ValueTask.FromResult<IReadOnlyList<Activity>?>(JsonSerializer.Deserialize(entry.Json, SchemaJsonContext.Default.ExpectedReplies)?.Activities);
    }

    public ValueTask RecordAsync(string turnKey, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        var entry = new Entry(JsonSerializer.SerializeToUtf8Bytes(new ExpectedReplies(replies), SchemaJsonContext.Default.ExpectedReplies), clock.GetTimestamp());
        lock (_gate)
        {
            _entries[turnKey] = entry;
            _order.Enqueue((turnKey, entry));
            _bytes += entry.Json.Length;
            while (_order.TryPeek(out var oldest) && (_bytes > _budget || entry.Written - oldest.Entry.Written > _window))
            {
                _order.Dequeue();
                _bytes -= oldest.Entry.Json.Length;
                _entries.TryRemove(KeyValuePair.Create(oldest.Key, oldest.Entry));
            }
        }

        return ValueTask.CompletedTask;
    }

    private sealed record Entry(byte[] Json, long Written);
}
