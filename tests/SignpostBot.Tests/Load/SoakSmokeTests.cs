using SignpostBot.Testing.Load;

namespace SignpostBot.Tests.Load;

/// <summary>
/// The CI version of the soak (the 10-minute one is `SignpostBot.Benchmarks soak`): 20 seconds of steady load on
/// the bot as its own process over real HTTP, every reply checked; no errors, and no memory growth beyond what
/// the live conversations themselves may hold. The classifier is trained before the first request, so its training
/// is not counted as growth.
/// </summary>
public sealed class SoakSmokeTests
{
    private const int Users = 16;
    private const long FixedAllowance = 64L * 1024 * 1024;
    private const long AllowancePerConversation = 2 * 1024;

    [Fact]
    public async Task SteadyLoad_TwentySeconds_NoErrorsAndNoGrowthBeyondTheLiveConversations()
    {
        var dll = typeof(Program).Assembly.Location;
        await using var bot = await ServerProcess.StartAsync(dll, new Dictionary<string, string> { ["Bot__StateTtl"] = "00:01:00", ["Bot__TrainBeforeServing"] = "true" });
        using var client = new HttpClient { BaseAddress = bot.BaseAddress };
        var driver = new LoadDriver(client, VictimPath.ForSignpostBot);
        var think = TimeSpan.FromMilliseconds(5);

        var warm = await driver.RunAsync(new LoadOptions(Users, TimeSpan.FromSeconds(5), TimeSpan.Zero, think));
        var rssWarm = bot.RssBytes;
        var steady = await driver.RunAsync(new LoadOptions(Users, TimeSpan.FromSeconds(15), TimeSpan.Zero, think));
        var rssEnd = bot.RssBytes;

        Assert.True(warm.Errors == 0, warm.FirstError);
        Assert.True(steady.Errors == 0, steady.FirstError);
        Assert.True(steady.Turns > 0, "the driver measured no turn");
        // Each conversation started in the steady part may still be live (the TTL is longer than the run).
        var bound = FixedAllowance + ((steady.Turns / 4) + Users) * AllowancePerConversation;
        Assert.True(rssEnd - rssWarm <= bound, $"RSS grew {(rssEnd - rssWarm) / 1048576.0:0.0} MiB over {steady.Turns} turns; the bound is {bound / 1048576.0:0.0} MiB.");
    }
}
