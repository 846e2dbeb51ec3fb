using Microsoft.Extensions.Diagnostics.HealthChecks;
using SignpostBot.Content;

namespace SignpostBot.Health;

/// <summary>Which knowledge version is served, and whether a newer one could not be loaded.</summary>
public sealed class KnowledgeHealthCheck(BotContentHolder content) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = content.Health;
        var current = content.Current;
        var data = new Dictionary<string, object>
        {
            ["source"] = current.Source,
            ["version"] = current.Version ?? BotContent.BuiltInSource,
            ["loadedAt"] = current.LoadedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        };
        return Task.FromResult(health.Degraded
            ? HealthCheckResult.Degraded(health.Description, data: data)
            : HealthCheckResult.Healthy(health.Description, data));
    }
}
