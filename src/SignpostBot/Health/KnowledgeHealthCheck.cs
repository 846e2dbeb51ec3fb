using Microsoft.Extensions.Diagnostics.HealthChecks;
using SignpostBot.Content;

namespace SignpostBot.Health;

/// <summary>
/// Which knowledge version is served, whether a newer one could not be loaded, and whether the built-in content's intent
/// classifier is in use yet (<c>classifier</c>: <c>in use</c>, or <c>starting</c> while the rules and recognizers answer
/// alone; either is healthy, since danger and suicide never depend on the classifier).
/// </summary>
public sealed class KnowledgeHealthCheck(BotContentHolder content) : IHealthCheck
{
    /// <summary>The <c>classifier</c> value once the intent classifier is in use.</summary>
    public const string ClassifierInUse = "in use";

    /// <summary>The <c>classifier</c> value while it is still being read or trained.</summary>
    public const string ClassifierStarting = "starting";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = content.Health;
        var current = content.Current;
        var data = new Dictionary<string, object>
        {
            ["source"] = current.Source,
            ["version"] = current.Version ?? BotContent.BuiltInSource,
            ["loadedAt"] = current.LoadedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["classifier"] = content.Understanding.IsCompletedSuccessfully ? ClassifierInUse : ClassifierStarting,
        };
        return Task.FromResult(health.Degraded
            ? HealthCheckResult.Degraded(health.Description, data: data)
            : HealthCheckResult.Healthy(health.Description, data));
    }
}
