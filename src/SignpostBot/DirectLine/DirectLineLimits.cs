namespace SignpostBot.DirectLine;

/// <summary>The bytes of activities every conversation's log holds together.</summary>
public sealed class DirectLineMemory
{
    private long _bytes;

    public long Bytes => Interlocked.Read(ref _bytes);

    public void Add(long bytes) => Interlocked.Add(ref _bytes, bytes);
}

/// <summary>What one conversation's log may hold, and the total it counts towards.</summary>
/// <param name="MaxActivities">The most activities kept.</param>
/// <param name="MaxBytes">The most bytes of activity JSON kept.</param>
/// <param name="Total">The bytes held by every conversation together.</param>
public sealed record DirectLineLimits(int MaxActivities, long MaxBytes, DirectLineMemory Total);
