using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SignpostBot.Health;

/// <summary>
/// Logs the bot's health once when it changes, not on every probe: a load balancer probing a degraded bot every few
/// seconds must not fill the logs with the same line (the health check service's own per-probe lines are off).
/// </summary>
public sealed partial class HealthStatusLog(ILogger<HealthStatusLog> logger)
{
    private int _last = (int)HealthStatus.Healthy;

    public void Observe(HealthReport report)
    {
        var previous = (HealthStatus)Interlocked.Exchange(ref _last, (int)report.Status);
        if (previous == report.Status)
        {
            return;
        }

        var parts = string.Join(", ", report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => $"{e.Key} {e.Value.Status}"));
        if (report.Status == HealthStatus.Healthy)
        {
            LogRecovered(logger, previous);
        }
        else
        {
            LogChanged(logger, previous, report.Status, parts);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Health is Healthy again (was {Previous}).")]
    private static partial void LogRecovered(ILogger logger, HealthStatus previous);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health changed from {Previous} to {Status}: {Parts}.")]
    private static partial void LogChanged(ILogger logger, HealthStatus previous, HealthStatus status, string parts);
}
