namespace SignpostBot.Benchmarks;

/// <summary>
/// The benchmark commands' settings, as System.CommandLine parsed them from the command line (Program.cs lists
/// each command's options and defaults). A command reads only the settings it has options for.
/// </summary>
internal sealed record BenchArgs
{
    /// <summary>Simulated people at once (<c>--users</c>).</summary>
    public int Users { get; init; } = 64;

    /// <summary>Seconds measured per server (<c>--seconds</c>).</summary>
    public int Seconds { get; init; } = 30;

    /// <summary>Seconds of warm-up per server (<c>--warmup</c>).</summary>
    public int Warmup { get; init; } = 10;

    /// <summary>Alternating slices per server (<c>--rounds</c>).</summary>
    public int Rounds { get; init; } = 6;

    /// <summary>A server already running to drive instead (<c>--url</c>), for profiling it.</summary>
    public string? Url { get; init; }

    /// <summary>Live conversations for the memory measurement (<c>--conversations</c>).</summary>
    public int Conversations { get; init; } = 100_000;

    /// <summary>Starts of each build for the start-up measurement (<c>--runs</c>).</summary>
    public int Runs { get; init; } = 7;

    /// <summary>A file to write the report to as well (<c>--out</c>).</summary>
    public string? Out { get; init; }

    /// <summary>Soak length (<c>--minutes</c>).</summary>
    public int Minutes { get; init; } = 10;

    /// <summary>Pause between a simulated person's turns in the soak, in milliseconds (<c>--think-ms</c>).</summary>
    public int ThinkMs { get; init; } = 20;

    /// <summary>The state time-to-live the soak's bot runs with (<c>--ttl</c>).</summary>
    public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Pause between an abusive client's attempts in the abuse run, in milliseconds (<c>--abuse-pause-ms</c>).</summary>
    public int AbusePauseMs { get; init; } = 10;

    /// <summary>Seconds between memory samples in the soak (<c>--sample-seconds</c>).</summary>
    public int SampleSeconds { get; init; } = 30;
}
