using System.Text.Json;
using SignpostBot.Testing;

namespace SignpostBot.Cli.Tests.Commands;

/// <summary>'transcript' writes the JSON array of activities the Bot Framework Emulator opens.</summary>
public sealed class TranscriptCommandTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "signpost-" + Guid.NewGuid().ToString("N") + ".transcript");

    [Fact]
    public async Task Transcript_Script_WritesUserAndBotActivitiesInOrder()
    {
        var script = Path.Combine(RepositoryPaths.Conversations, "victim-romania.yaml");

        var (code, output, _) = await CliRun.RunAsync(string.Empty, "transcript", script, "--out", _file);

        Assert.True(code == 0, output);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(_file));
        var activities = json.RootElement.EnumerateArray().ToList();
        Assert.Equal("user", activities[0].GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("hi", activities[0].GetProperty("text").GetString());
        Assert.Equal(4, activities.Count(a => a.GetProperty("from").GetProperty("role").GetString() == "user"));
        Assert.All(activities, a =>
        {
            Assert.Equal("message", a.GetProperty("type").GetString());
            Assert.False(string.IsNullOrEmpty(a.GetProperty("id").GetString()));
            Assert.EndsWith("Z", a.GetProperty("timestamp").GetString(), StringComparison.Ordinal);
            Assert.Equal("test", a.GetProperty("channelId").GetString());
        });
        Assert.Contains("tel:+40800800678", Strings(json.RootElement));
        var ids = activities.Select(a => a.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Transcript_NoScript_ExitsTwo()
    {
        var (code, _, error) = await CliRun.RunAsync(string.Empty, "transcript");

        Assert.Equal(2, code);
        Assert.Contains("transcript needs one script", error, StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(_file);

    private static List<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings).ToList(),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)).ToList(),
        _ => [],
    };
}
