using Microsoft.Extensions.Options;
using SignpostBot.Dialogs.State;
using SignpostBot.Turns;

namespace SignpostBot.State;

/// <summary>
/// One instance's turn ledger: a ring of fixed-size entries (a turn key's 128-bit hash, the state the turn started from,
/// its time) with an index from hash to slot, forgotten after the replay window or, when the byte budget is full,
/// oldest first. An entry holds no object of its own (the state is the store's shared one), so a turn adds nothing
/// for the GC to promote or mark: the entries of a busy minute used to be the replies' objects, which lived long
/// enough to reach the old generation and died there (docs/performance.md).
/// </summary>
public sealed class InMemoryTurnLedger : ITurnLedger
{
    /// <summary>Bytes counted per entry against the budget: its slot in the ring (32) and in the index (36), rounded up.</summary>
    internal const int EntryBytes = 80;

    private const int FirstCapacity = 1024;

    private readonly Lock _gate = new();
    private readonly TimeProvider _clock;
    private readonly long _windowTicks;
    private readonly int _capacity;
    private readonly Dictionary<UInt128, int> _index = [];
    private Slot[] _ring = new Slot[FirstCapacity];
    private int _oldest;
    private int _count;

    public InMemoryTurnLedger(IOptions<TurnOptions> options, TimeProvider clock)
    {
        _clock = clock;
        _windowTicks = options.Value.ReplayWindow.Ticks;
        _capacity = Math.Max(1, options.Value.ReplayMemoryBytes / EntryBytes);
    }

    /// <summary>How many turns are held now (expired ones included until the next record drops them).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    /// <summary>The most turns held at once: the byte budget over <see cref="EntryBytes"/>.</summary>
    public int Capacity => _capacity;

    public ValueTask<TurnStart?> FindAsync(string turnKey, CancellationToken cancellationToken)
    {
        var id = ConversationKeyHasher.HashOf(turnKey);
        var now = _clock.GetUtcNow().UtcTicks;
        lock (_gate)
        {
            if (_index.TryGetValue(id, out var at) && _ring[at] is var slot && now - slot.AtTicks <= _windowTicks)
            {
                return ValueTask.FromResult<TurnStart?>(new TurnStart(slot.State, new DateTimeOffset(slot.AtTicks, TimeSpan.Zero)));
            }
        }

        return ValueTask.FromResult<TurnStart?>(null);
    }

    public ValueTask RecordAsync(string turnKey, TurnStart start, CancellationToken cancellationToken)
    {
        var id = ConversationKeyHasher.HashOf(turnKey);
        var atTicks = start.At.UtcTicks;
        lock (_gate)
        {
            while (_count > 0 && (_count == _capacity || atTicks - _ring[_oldest].AtTicks > _windowTicks))
            {
                DropOldest();
            }

            if (_count == _ring.Length)
            {
                Grow();
            }

            var next = (_oldest + _count) % _ring.Length;
            _ring[next] = new Slot(id, start.State, atTicks);
            _index[id] = next;
            _count++;
        }

        return ValueTask.CompletedTask;
    }

    private void DropOldest()
    {
        ref var oldest = ref _ring[_oldest];
        // The same turn recorded twice points the index at its newer slot: only the index entry for this slot goes.
        if (_index.TryGetValue(oldest.Id, out var at) && at == _oldest)
        {
            _index.Remove(oldest.Id);
        }

        oldest = default;
        _oldest = (_oldest + 1) % _ring.Length;
        _count--;
    }

    /// <summary>Doubles the ring (up to the capacity), oldest first from slot 0, and points the index at the new slots.</summary>
    private void Grow()
    {
        var grown = new Slot[Math.Min(_ring.Length * 2, _capacity)];
        for (var i = 0; i < _count; i++)
        {
            var slot = _ring[(_oldest + i) % _ring.Length];
            grown[i] = slot;
            if (_index.TryGetValue(slot.Id, out var at) && at == (_oldest + i) % _ring.Length)
            {
                _index[slot.Id] = i;
            }
        }

        _ring = grown;
        _oldest = 0;
    }

    private readonly record struct Slot(UInt128 Id, DialogState? State, long AtTicks);
}
