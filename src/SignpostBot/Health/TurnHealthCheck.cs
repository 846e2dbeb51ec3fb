using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SignpostBot.Health;

/// <summary>Degraded while turns have recently been answered with the fail-safe instead of the flow.</summary>
public sealed class TurnHealthCheck(TurnFaults faults) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var recent = Enum.GetValues<TurnFault>().Where(faults.IsRecent).ToList();
        var data = Enum.GetValues<TurnFault>().ToDictionary(f => f.ToString(), f => (object)faults.Count(f));
        var result = recent.Count == 0
            ? HealthCheckResult.Healthy("Turns are running the flows.", data)
            : HealthCheckResult.Degraded(
                $"Some turns were answered with the fail-safe signpost in the last {TurnFaults.Window.TotalMinutes:0} minutes ({string.Join(", ", recent)}).",
                data: data);
        return Task.FromResult(result);
    }
}
