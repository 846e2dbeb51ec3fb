using System.Text.Json;

namespace SignpostBot.Tests;

/// <summary>Reads /healthz: the overall status and each part's status and description.</summary>
internal static class HealthClient
{
    public static async Task<HealthSnapshot> GetAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/healthz");
        var json = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(json);
        var parts = doc.RootElement.GetProperty("checks").EnumerateObject().ToDictionary(
            p => p.Name,
            p => (Status: p.Value.GetProperty("status").GetString()!, Description: p.Value.GetProperty("description").GetString() ?? string.Empty),
            StringComparer.Ordinal);
        return new HealthSnapshot((int)response.StatusCode, doc.RootElement.GetProperty("status").GetString()!, parts, json);
    }
}

internal sealed record HealthSnapshot(int HttpStatus, string Status, IReadOnlyDictionary<string, (string Status, string Description)> Parts, string Json)
{
    public string StatusOf(string part) => Parts[part].Status;
}

/// <summary>What every fail-safe reply must carry, wherever the fault was.</summary>
internal static class FailSafeReply
{
    public const string EmergencyNumber = "999";
    public const string ModernSlaveryHelpline = "08000 121 700";

    public static string Text(IEnumerable<SignpostBot.Dialogs.Schema.Activity> replies)
        => string.Join("\n", replies.Select(r => r.Text ?? string.Empty));

    public static void AssertGiven(IReadOnlyList<SignpostBot.Dialogs.Schema.Activity> replies)
    {
        var text = Text(replies);
        Assert.Contains(EmergencyNumber, text, StringComparison.Ordinal);
        Assert.Contains(ModernSlaveryHelpline, text, StringComparison.Ordinal);
    }
}
