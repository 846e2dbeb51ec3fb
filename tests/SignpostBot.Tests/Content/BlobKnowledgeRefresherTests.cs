using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SignpostBot.Tests.Content;

/// <summary>
/// Knowledge from a blob container (Azurite): served from the start, hot-reloaded when a corrected number is
/// published (in the conversations, on the page and in the widget), a broken upload (or one only the schema
/// rejects) rejected, and storage going down, each keeping a checked version in service.
/// </summary>
public sealed class BlobKnowledgeRefresherTests : IAsyncLifetime
{
    private const string PublishedNumber = "0800 800 678";
    private const string CorrectedNumber = "0800 800 679";

    private AzuriteServer _azurite = null!;

    public async Task InitializeAsync() => _azurite = await AzuriteServer.StartAsync();

    [Fact]
    public async Task Start_ContainerHoldsValidKnowledge_ServesItFromTheFirstTurn()
    {
        await _azurite.PublishKnowledgeAsync(Correct);
        using var host = BlobHost();
        using var client = host.CreateClient();

        var hotline = await RomaniaHotlineAsync(client, "blob-start");

        Assert.Contains(CorrectedNumber, hotline, StringComparison.Ordinal);
        var health = await HealthClient.GetAsync(client);
        Assert.Equal("Healthy", health.StatusOf("knowledge"));
        Assert.Contains("blob container", health.Parts["knowledge"].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_CorrectedNumberPublished_SwapsItInWithoutARestart()
    {
        await _azurite.PublishKnowledgeAsync();
        using var host = BlobHost();
        using var client = host.CreateClient();
        Assert.Contains(PublishedNumber, await RomaniaHotlineAsync(client, "blob-reload-1"), StringComparison.Ordinal);

        await _azurite.PublishKnowledgeAsync(Correct);

        var n = 0;
        Assert.True(await LocalProcess.WaitUntilAsync(
            async () => (await RomaniaHotlineAsync(client, "blob-reload-poll-" + n++)).Contains(CorrectedNumber, StringComparison.Ordinal),
            TimeSpan.FromSeconds(30)));
        Assert.Equal("Healthy", (await HealthClient.GetAsync(client)).StatusOf("knowledge"));
    }

    [Fact]
    public async Task Poll_BrokenUpload_IsRejectedAndTheLastGoodVersionServes()
    {
        await _azurite.PublishKnowledgeAsync(Correct);
        var logs = new LogSink();
        using var host = BlobHost().WithServices(s => s.AddLogging(b => b.AddProvider(logs)));
        using var client = host.CreateClient();
        Assert.True(await ServingFromTheContainerAsync(client));

        await _azurite.PublishKnowledgeAsync((name, text) => name == "countries.yaml"
            ? text.Replace("\"" + PublishedNumber + "\"", "\"0800 12\"", StringComparison.Ordinal)
            : text);

        Assert.True(await RejectedAsync(client, "countries.yaml"));
        Assert.Contains("last good version", (await HealthClient.GetAsync(client)).Parts["knowledge"].Description, StringComparison.Ordinal);
        Assert.Contains(CorrectedNumber, await RomaniaHotlineAsync(client, "blob-broken"), StringComparison.Ordinal);
        Assert.Contains(logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("countries.yaml", StringComparison.Ordinal) && l.Contains("0800 12", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.Contains("was rejected", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Poll_UploadOnlyTheSchemaRejects_IsRejectedAsAtStartUp()
    {
        await _azurite.PublishKnowledgeAsync(Correct);
        using var host = BlobHost();
        using var client = host.CreateClient();
        Assert.True(await ServingFromTheContainerAsync(client));

        // The loader takes a phone label of any length; the schema (what editors check as it is typed) allows 40 characters.
        await _azurite.PublishKnowledgeAsync((name, text) => name == "countries.yaml"
            ? Correct(name, text).Replace("- number: \"" + CorrectedNumber + "\"", "- number: \"" + CorrectedNumber + "\"\n            label: " + new string('x', 41), StringComparison.Ordinal)
            : text);

        Assert.True(await RejectedAsync(client, "countries.schema.json"));
        Assert.Contains("last good version", (await HealthClient.GetAsync(client)).Parts["knowledge"].Description, StringComparison.Ordinal);
        Assert.Contains(CorrectedNumber, await RomaniaHotlineAsync(client, "blob-schema"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_NumberChangedThroughBlobStorage_ReachesThePageAndTheWidget()
    {
        await _azurite.PublishKnowledgeAsync();
        using var host = BlobHost();
        using var client = host.CreateClient();
        Assert.True(await ServingFromTheContainerAsync(client));
        Assert.Equal("tel:112", await PageEmergencyAsync(client));
        Assert.Equal("tel:112 tel:999", await WidgetEmergencyAsync(client));

        // Real numbers, in the other order: the page's safety strip shows the first one.
        await _azurite.PublishKnowledgeAsync((name, text) => name == "international.yaml"
            ? text.Replace("  - number: \"112\"\n  - number: \"999\"\n    label: in the UK\n", "  - number: \"999\"\n    label: in the UK\n  - number: \"112\"\n", StringComparison.Ordinal)
            : text);

        Assert.True(await LocalProcess.WaitUntilAsync(async () => await PageEmergencyAsync(client) == "tel:999", TimeSpan.FromSeconds(30)));
        Assert.Equal("tel:999 tel:112", await WidgetEmergencyAsync(client));
    }

    [Fact]
    public async Task Poll_StorageGoesDown_LastGoodVersionServesAndHealthSaysSo()
    {
        await _azurite.PublishKnowledgeAsync(Correct);
        var logs = new LogSink();
        using var host = BlobHost().WithServices(s => s.AddLogging(b => b.AddProvider(logs)));
        using var client = host.CreateClient();
        Assert.True(await ServingFromTheContainerAsync(client));

        _azurite.Kill();

        Assert.True(await LocalProcess.WaitUntilAsync(async () => (await HealthClient.GetAsync(client)).StatusOf("knowledge") == "Degraded", TimeSpan.FromSeconds(30)));
        Assert.Contains("cannot be reached", (await HealthClient.GetAsync(client)).Parts["knowledge"].Description, StringComparison.Ordinal);
        Assert.Contains(CorrectedNumber, await RomaniaHotlineAsync(client, "blob-down"), StringComparison.Ordinal);
        Assert.Contains(logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("cannot be reached", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_StorageUnreachable_ServesTheBuiltInKnowledgeAndHealthSaysSo()
    {
        _azurite.Kill();
        using var host = BlobHost();
        using var client = host.CreateClient();

        var hotline = await RomaniaHotlineAsync(client, "blob-never");

        Assert.Contains(PublishedNumber, hotline, StringComparison.Ordinal);
        var health = await HealthClient.GetAsync(client);
        Assert.Equal("Degraded", health.StatusOf("knowledge"));
        Assert.Contains("built into the app", health.Parts["knowledge"].Description, StringComparison.Ordinal);
    }

    public async Task DisposeAsync() => await _azurite.DisposeAsync();

    private static string Correct(string name, string text)
        => name == "countries.yaml" ? text.Replace("\"" + PublishedNumber + "\"", "\"" + CorrectedNumber + "\"", StringComparison.Ordinal) : text;

    private BotFactory BlobHost() => new BotFactory()
        .With("Bot:KnowledgeBlob:ConnectionString", _azurite.ConnectionString)
        .With("Bot:KnowledgeBlob:PollInterval", "00:00:00.100")
        .With("Bot:KnowledgeBlob:Timeout", "00:00:02");

    /// <summary>
    /// Waits for the first load from the container: on a busy machine it can miss its time box and be done by a
    /// later poll, and a test of what follows must start from a version that came from the container.
    /// </summary>
    private static Task<bool> ServingFromTheContainerAsync(HttpClient client)
        => LocalProcess.WaitUntilAsync(
            async () => (await HealthClient.GetAsync(client)).Parts["knowledge"] is { Status: "Healthy" } knowledge
                && knowledge.Description.Contains("blob container", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30));

    /// <summary>
    /// Waits for the upload's rejection, naming the file: not any degraded moment, as a poll that lists the files
    /// while they are being uploaded may find one changed before it is downloaded, and says so until the next poll
    /// (naming the version it still serves, "countries.yaml=0x…", which must not pass for the rejection).
    /// </summary>
    private static Task<bool> RejectedAsync(HttpClient client, string naming)
        => LocalProcess.WaitUntilAsync(
            async () => (await HealthClient.GetAsync(client)).Parts["knowledge"] is { Status: "Degraded" } knowledge
                && knowledge.Description.Contains(" error(s) and was not used", StringComparison.Ordinal)
                && knowledge.Description[..knowledge.Description.IndexOf(". Serving", StringComparison.Ordinal)].Contains(naming, StringComparison.Ordinal),
            TimeSpan.FromSeconds(30));

    /// <summary>The tel: link of the safety strip at the top of the chat page.</summary>
    private static async Task<string> PageEmergencyAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/");
        return System.Text.RegularExpressions.Regex.Match(html, "class=\"strip__tel\" href=\"([^\"]+)\"").Groups[1].Value;
    }

    /// <summary>The widget's emergency numbers (from the configuration the server wraps around the bundle), in order.</summary>
    private static async Task<string> WidgetEmergencyAsync(HttpClient client)
    {
        var widget = await client.GetStringAsync("/widget.js");
        var config = widget[(widget.LastIndexOf("})(", StringComparison.Ordinal) + 3)..].TrimEnd(';', '\n', ')');
        using var json = System.Text.Json.JsonDocument.Parse(config);
        return string.Join(" ", json.RootElement.GetProperty("emergency").EnumerateArray().Select(p => p.GetProperty("tel").GetString()));
    }

    private static async Task<string> RomaniaHotlineAsync(HttpClient client, string conversation)
    {
        foreach (var text in new[] { "hi", "For me", "no" })
        {
            await BotClient.SendAsync(client, BotClient.Message(conversation, text));
        }

        return FailSafeReply.Text(await BotClient.SendAsync(client, BotClient.Message(conversation, "Romania")));
    }
}
