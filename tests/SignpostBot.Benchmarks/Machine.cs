namespace SignpostBot.Benchmarks;

/// <summary>What machine the figures come from: cores, memory, CPU model, runtime.</summary>
internal static class Machine
{
    public static string Describe()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]
            : null;
        var gib = memory is null ? "?" : $"{long.Parse(memory, System.Globalization.CultureInfo.InvariantCulture) / 1024.0 / 1024.0:0.0} GiB";
        return $"{Environment.ProcessorCount} cores ({cpu ?? "unknown CPU"}), {gib} memory, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";
    }
}
