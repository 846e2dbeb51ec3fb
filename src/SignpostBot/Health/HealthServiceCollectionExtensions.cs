using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace SignpostBot.Health;

public static class HealthServiceCollectionExtensions
{
    /// <summary>Health of the parts a turn depends on: the state store, the knowledge, and the turns themselves.</summary>
    public static IServiceCollection AddSignpostHealth(this IServiceCollection services)
    {
        services.AddSingleton<TurnFaults>();
        services.AddSingleton<HealthStatusLog>();
        // Each probe of a degraded bot would log the same warning again: HealthStatusLog says it once instead.
        services.AddLogging(logging => logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.Critical));
        services.AddHealthChecks()
            .AddCheck<StateStoreHealthCheck>("state")
            .AddCheck<KnowledgeHealthCheck>("knowledge")
            .AddCheck<TurnHealthCheck>("turns");
        return services;
    }

    /// <summary>
    /// <c>GET /healthz</c>: 200 while the bot can answer (Healthy or Degraded, with each part's status in the
    /// body), 503 only when it cannot.
    /// </summary>
    public static IEndpointRouteBuilder MapSignpostHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync });
        return app;
    }
}
