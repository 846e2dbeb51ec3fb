using System.Security.Cryptography;
using SignpostBot.Testing;
using SignpostBot.Tests.Hosting;

namespace SignpostBot.Tests.DirectLine;

/// <summary>The app on Kestrel with a known token key, shared by the Node protocol tests of one class.</summary>
public sealed class DirectLineJsFixture : IAsyncLifetime
{
    public string TokenKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public LiveBot Bot { get; private set; } = null!;

    public async Task InitializeAsync()
        => Bot = await LiveBot.StartAsync(new BotFactory()
            .With("DirectLine:TokenKey", TokenKey)
            .With("DirectLine:TokensPerMinute", "1000"));

    public async Task DisposeAsync() => await Bot.DisposeAsync();
}

/// <summary>
/// The real botframework-directlinejs client (the one Web Chat uses, run in Node) against the built-in Direct Line:
/// WebSocket and polling, reconnect with a watermark, token refresh and the rejection paths.
/// </summary>
public sealed class DirectLineJsTests(DirectLineJsFixture fixture) : IClassFixture<DirectLineJsFixture>
{
    private static readonly string Script = Path.Combine(RepositoryPaths.Root, "tests", "SignpostBot.Tests", "DirectLine", "directlinejs-protocol.mjs");

    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    [InlineData("reconnect")]
    [InlineData("refresh")]
    [InlineData("rejections")]
    public async Task DirectLineJs_Scenario_Passes(string scenario)
    {
        var (exitCode, output) = await NodeScript.RunAsync(
            Script,
            [scenario],
            new Dictionary<string, string> { ["BOT_ORIGIN"] = fixture.Bot.Origin, ["TOKEN_KEY"] = fixture.TokenKey },
            TimeSpan.FromSeconds(90));

        Assert.True(exitCode == 0, $"node {scenario} exited {exitCode}:\n{output}");
        Assert.Contains($"ok {scenario}", output, StringComparison.Ordinal);
    }
}
