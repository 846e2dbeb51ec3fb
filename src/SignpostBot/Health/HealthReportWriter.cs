using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SignpostBot.Health;

/// <summary>One part's status in the /healthz body.</summary>
public sealed record HealthEntryBody(string Status, string? Description, IReadOnlyDictionary<string, string>? Data);

/// <summary>The /healthz body: the overall status and each part's, so an operator sees what is degraded.</summary>
public sealed record HealthBody(string Status, IReadOnlyDictionary<string, HealthEntryBody> Checks);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(HealthBody))]
internal sealed partial class HealthJsonContext : JsonSerializerContext;

/// <summary>Writes a health report as JSON. It names parts and causes only: nothing about any conversation.</summary>
public static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.RequestServices.GetRequiredService<HealthStatusLog>().Observe(report);
        var body = new HealthBody(
            report.Status.ToString(),
            report.Entries.ToDictionary(
                e => e.Key,
                e => new HealthEntryBody(
                    e.Value.Status.ToString(),
                    e.Value.Description,
                    e.Value.Data.Count == 0 ? null : e.Value.Data.ToDictionary(d => d.Key, d => Convert.ToString(d.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty))));
        http.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(http.Response.Body, body, HealthJsonContext.Default.HealthBody, http.RequestAborted);
    }
}
