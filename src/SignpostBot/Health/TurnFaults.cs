namespace SignpostBot.Health;

/// <summary>What made a turn fall back to the fail-safe signpost.</summary>
public enum TurnFault
{
    /// <summary>The state store was down, refused, or slower than its time box.</summary>
    StateStoreUnavailable,

    /// <summary>A stored state entry could not be read back.</summary>
    CorruptState,

    /// <summary>The turn function itself threw (a step, a prompt, rendering).</summary>
    TurnFailed,
}

/// <summary>
/// Counts the turns that fell back to the fail-safe, by cause, and remembers when each cause last happened, so
/// /healthz can say which part is degraded. Holds no conversation, key or text.
/// </summary>
public sealed class TurnFaults(TimeProvider clock)
{
    /// <summary>How long after its last occurrence a fault still marks the bot degraded.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private readonly long[] _counts = new long[Enum.GetValues<TurnFault>().Length];
    private readonly long[] _lastTicks = new long[Enum.GetValues<TurnFault>().Length];

    public void Record(TurnFault fault)
    {
        Interlocked.Increment(ref _counts[(int)fault]);
        Interlocked.Exchange(ref _lastTicks[(int)fault], clock.GetUtcNow().UtcTicks);
    }

    public long Count(TurnFault fault) => Interlocked.Read(ref _counts[(int)fault]);

    /// <summary>Whether the fault happened within <see cref="Window"/> of now.</summary>
    public bool IsRecent(TurnFault fault)
    {
        var last = Interlocked.Read(ref _lastTicks[(int)fault]);
        return last != 0 && clock.GetUtcNow().UtcTicks - last < Window.Ticks;
    }
}
