using Microsoft.Extensions.Diagnostics.HealthChecks;
using SignpostBot.State;

namespace SignpostBot.Health;

/// <summary>Whether the conversation state store answers within its time box.</summary>
public sealed class StateStoreHealthCheck(IConversationStateStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (store is not RedisConversationStateStore redis)
        {
            return HealthCheckResult.Healthy("Conversation state is in memory.");
        }

        try
        {
            var latency = await redis.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy($"Redis answered in {latency.TotalMilliseconds:0.#} ms.");
        }
        catch (StateStoreUnavailableException ex)
        {
            // Degraded, not unhealthy: the bot still answers every turn with the fail-safe signpost, and taking
            // every instance out of a load balancer would leave people with no answer at all.
            return HealthCheckResult.Degraded("Redis is not answering; turns get the fail-safe signpost until it is back. " + ex.Message);
        }
    }
}
