using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Turns;

namespace SignpostBot.State;

/// <summary>
/// One instance's turn ledger: each turn's unaddressed replies (immutable records, kept as they are: nothing is
/// written or parsed on a turn's way out), forgotten after the replay window or, when the byte budget is spent, oldest
/// first. Entries all live equally long, so the queue of them in the order written is also the order they expire in,
/// and trimming costs nothing per turn beyond the entries it drops.
/// </summary>
public sealed class InMemoryTurnLedger(IOptions<TurnOptions> options, TimeProvider clock) : ITurnLedger
{
    /// <summary>
    /// Bytes counted for an entry besides its key: the entry, its dictionary node and queue slot, and the array of replies.
    /// </summary>
    internal const int EntryBytes = 256;

    /// <summary>
    /// Bytes counted for a reply besides its text: the activity and its list of cards. The cards and buttons are the
    /// content's own (built once per content version), shared by every turn that shows them.
    /// </summary>
    internal const int ReplyBytes = 512;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, Entry Entry)> _order = new();
    private readonly object _gate = new();
    private readonly long _window = (long)(options.Value.ReplayWindow.TotalSeconds * clock.TimestampFrequency);
    private readonly long _budget = options.Value.ReplayMemoryBytes;
    private long _bytes;

    /// <summary>How many bytes the replies held now take, as <see cref="SizeOf"/> counts them.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    public ValueTask<IReadOnlyList<Activity>?> FindAsync(string turnKey, CancellationToken cancellationToken)
    {
        if (!_entries.TryGetValue(turnKey, out var entry) || clock.GetTimestamp() - entry.Written > _window)
        {
            return ValueTask.FromResult<IReadOnlyList<Activity>?>(null);
        }

        return ValueTask.FromResult<IReadOnlyList<Activity>?>(entry.Replies);
    }

    public ValueTask RecordAsync(string turnKey, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        var entry = new Entry(replies, SizeOf(turnKey, replies), clock.GetTimestamp());
        lock (_gate)
        {
            _entries[turnKey] = entry;
            _order.Enqueue((turnKey, entry));
            _bytes += entry.Bytes;
            while (_order.TryPeek(out var oldest) && (_bytes > _budget || entry.Written - oldest.Entry.Written > _window))
            {
                _order.Dequeue();
                _bytes -= oldest.Entry.Bytes;
                _entries.TryRemove(KeyValuePair.Create(oldest.Key, oldest.Entry));
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// What an entry keeps alive, counted generously (UTF-16 strings, fixed costs rounded up): its key, and each reply's
    /// object and texts. A reply's texts are the only part made for its turn alone.
    /// </summary>
    internal static long SizeOf(string turnKey, IReadOnlyList<Activity> replies)
    {
        var size = EntryBytes + (2L * turnKey.Length);
        foreach (var reply in replies)
        {
            size += ReplyBytes + (2L * ((reply.Text?.Length ?? 0) + (reply.Speak?.Length ?? 0)));
        }

        return size;
    }

    private sealed record Entry(IReadOnlyList<Activity> Replies, long Bytes, long Written);
}
