using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using SignpostBot.Content;
using SignpostBot.Dialogs.State;

namespace SignpostBot.State;

/// <summary>
/// The default store: process memory with a sliding time to live. Nothing touches disk. Built to hold hundreds of
/// thousands of live conversations cheaply: each is one small entry (the state and when it was last used) pointing
/// at a state shared with every conversation at the same point of a flow, and a timer forgets idle ones.
/// </summary>
public sealed class InMemoryConversationStateStore : IConversationStateStore, IDisposable
{
    /// <summary>At most this many conversations are held; when full, idle ones go first, then the least recently used.</summary>
    public const int DefaultCapacity = 1_000_000;

    // A full store drops this share of its least recently used conversations, so it does not clean up on every turn.
    private const double CompactTo = 0.95;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly SharedDialogStates _states = new();
    private readonly TimeProvider _clock;
    private readonly long _ttl;
    private readonly int _capacity;
    private readonly ITimer _sweeper;
    private int _count;
    private int _compacting;

    public InMemoryConversationStateStore(IOptions<BotOptions> options, TimeProvider clock)
        : this(options, clock, DefaultCapacity)
    {
    }

    internal InMemoryConversationStateStore(IOptions<BotOptions> options, TimeProvider clock, int capacity)
    {
        var ttl = options.Value.StateTtl;
        _clock = clock;
        _ttl = (long)(ttl.TotalSeconds * clock.TimestampFrequency);
        _capacity = capacity;
        // Idle entries are forgotten within a quarter of the TTL (at most a minute) of expiring; a read never returns one.
        var period = TimeSpan.FromTicks(Math.Clamp(ttl.Ticks / 4, TimeSpan.TicksPerSecond, TimeSpan.TicksPerMinute));
        _sweeper = clock.CreateTimer(_ => RemoveExpired(), null, period, period);
    }

    /// <summary>How many conversations are held now (expired ones included until the next sweep).</summary>
    public int Count => Volatile.Read(ref _count);

    public ValueTask<DialogState?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            return ValueTask.FromResult<DialogState?>(null);
        }

        var now = _clock.GetTimestamp();
        if (IsExpired(entry, now))
        {
            Remove(key, entry);
            return ValueTask.FromResult<DialogState?>(null);
        }

        Volatile.Write(ref entry.LastUsed, now);
        return ValueTask.FromResult<DialogState?>(Volatile.Read(ref entry.State));
    }

    public ValueTask SetAsync(string key, DialogState state, CancellationToken cancellationToken)
    {
        var shared = _states.Share(state);
        var now = _clock.GetTimestamp();
        while (true)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                // Updated in place: no garbage per turn, and a long-lived entry pointing at a long-lived shared state
                // gives the GC no old-to-young reference to track. A turn reads (and so renews or drops) its entry
                // before it writes, so the sweep never removes an entry a turn has just found alive.
                Volatile.Write(ref existing.State, shared);
                Volatile.Write(ref existing.LastUsed, now);
                break;
            }

            if (Count >= _capacity)
            {
                // Full: this conversation is not kept (its next turn starts afresh) while room is made.
                CompactSoon();
                break;
            }

            if (_entries.TryAdd(key, new Entry(shared, now)))
            {
                Interlocked.Increment(ref _count);
                break;
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask DeleteAsync(string key, CancellationToken cancellationToken)
    {
        if (_entries.TryRemove(key, out _))
        {
            Interlocked.Decrement(ref _count);
        }

        return ValueTask.CompletedTask;
    }

    public void Dispose() => _sweeper.Dispose();

    private bool IsExpired(Entry entry, long now) => now - Volatile.Read(ref entry.LastUsed) > _ttl;

    /// <summary>Removes the entry only if it is still this one: a turn may have just started the conversation afresh.</summary>
    private void Remove(string key, Entry entry)
    {
        if (_entries.TryRemove(KeyValuePair.Create(key, entry)))
        {
            Interlocked.Decrement(ref _count);
        }
    }

    private void RemoveExpired()
    {
        var now = _clock.GetTimestamp();
        foreach (var (key, entry) in _entries)
        {
            if (IsExpired(entry, now))
            {
                Remove(key, entry);
            }
        }
    }

    private void CompactSoon()
    {
        if (Interlocked.Exchange(ref _compacting, 1) == 0)
        {
            _ = Task.Run(Compact);
        }
    }

    private void Compact()
    {
        try
        {
            RemoveExpired();
            var excess = Count - (int)(_capacity * CompactTo);
            if (excess <= 0)
            {
                return;
            }

            var oldest = _entries.ToArray();
            Array.Sort(oldest, (a, b) => Volatile.Read(ref a.Value.LastUsed).CompareTo(Volatile.Read(ref b.Value.LastUsed)));
            foreach (var (key, entry) in oldest.AsSpan(0, Math.Min(excess, oldest.Length)))
            {
                Remove(key, entry);
            }
        }
        finally
        {
            Volatile.Write(ref _compacting, 0);
        }
    }

    /// <summary>A conversation's state and when it was last used (a <see cref="TimeProvider"/> timestamp).</summary>
    private sealed class Entry(DialogState state, long lastUsed)
    {
        public DialogState State = state;
        public long LastUsed = lastUsed;
    }
}
