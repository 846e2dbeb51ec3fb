using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SignpostBot.Tests.Messaging.Outbound;

/// <summary>A connected bot that retries twice, and logs everything, so retries and give-ups are quick to see.</summary>
public sealed class RetryingBot : ConnectedBot
{
    public ConcurrentQueue<string> LogLines { get; } = new();

    protected override BotFactory Configure(BotFactory factory) => factory
        .With("BotConnector:MaxRetries", "2")
        .With("Logging:LogLevel:Default", "Trace")
        .WithServices(s => s.AddLogging(b => b.AddProvider(new LogSink(LogLines)).SetMinimumLevel(LogLevel.Trace)));
}

/// <summary>The channel's POST is answered at once; replies follow in order, surviving 429 and 503, and give up cleanly.</summary>
public sealed class ReplyDispatcherTests(RetryingBot bot) : IClassFixture<RetryingBot>
{
    [Fact]
    public async Task Send_ChannelAnswers503Twice_TheReplyStillArrivesOnTheThirdAttempt()
    {
        using var client = bot.Factory.CreateClient();
        var conversation = "retry-" + Guid.NewGuid().ToString("N");
        bot.Channel.FailNext(StatusCodes503, times: 2, conversationId: conversation);

        using var response = await ConnectedBot.PostAsync(client, bot.TeamsMessage(conversation, "hi", "r503"), ConnectedBot.Bearer(bot.ChannelToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await bot.Channel.WaitForRepliesAsync(conversation, 2);
        Assert.Equal([503, 503, 200, 200], bot.Channel.Attempts.Where(a => a.ReplyToId == "r503").Select(a => a.Status).Take(4));
        Assert.StartsWith("Hello.", bot.Channel.RepliesIn(conversation)[0].Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ChannelAnswers429WithRetryAfter_WaitsThatLongBeforeTryingAgain()
    {
        using var client = bot.Factory.CreateClient();
        var conversation = "throttled-" + Guid.NewGuid().ToString("N");
        bot.Channel.FailNext(429, retryAfterSeconds: 1, conversationId: conversation);

        using var response = await ConnectedBot.PostAsync(client, bot.TeamsMessage(conversation, "hi", "r429"), ConnectedBot.Bearer(bot.ChannelToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await bot.Channel.WaitForRepliesAsync(conversation, 2);
        var attempts = bot.Channel.Attempts.Where(a => a.ReplyToId == "r429").ToList();
        Assert.Equal(429, attempts[0].Status);
        Assert.Equal(200, attempts[1].Status);

        // The base backoff is 10 ms, so a gap of most of a second can only come from Retry-After.
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromMilliseconds(900), $"Retried after {(attempts[1].At - attempts[0].At).TotalMilliseconds} ms.");
    }

    [Fact]
    public async Task Send_ChannelKeepsFailing_GivesUpOnThatTurnAndTheNextTurnIsStillDelivered()
    {
        using var client = bot.Factory.CreateClient();
        var conversation = "down-" + Guid.NewGuid().ToString("N");
        bot.Channel.FailNext(StatusCodes503, times: 3, conversationId: conversation);

        using (var failed = await ConnectedBot.PostAsync(client, bot.TeamsMessage(conversation, "hi", "lost"), ConnectedBot.Bearer(bot.ChannelToken())))
        {
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        using var next = await ConnectedBot.PostAsync(client, bot.TeamsMessage(conversation, "I'm a professional", "after"), ConnectedBot.Bearer(bot.ChannelToken()));

        await bot.Channel.WaitForReplyToAsync("after");
        Assert.Equal([503, 503, 503], bot.Channel.Attempts.Where(a => a.ReplyToId == "lost").Select(a => a.Status));
        Assert.All(bot.Channel.RepliesIn(conversation), r => Assert.Equal("after", r.ReplyToId));
        Assert.Contains(bot.LogLines, line => line.Contains("the rest of the turn was dropped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Send_SeveralTurnsAndAFailure_RepliesArriveInTurnOrder()
    {
        using var client = bot.Factory.CreateClient();
        var conversation = "order-" + Guid.NewGuid().ToString("N");
        bot.Channel.FailNext(StatusCodes503, conversationId: conversation);

        foreach (var (text, id) in new[] { ("hi", "o-1"), ("I'm a professional", "o-2"), ("start again", "o-3") })
        {
            using var response = await ConnectedBot.PostAsync(client, bot.TeamsMessage(conversation, text, id), ConnectedBot.Bearer(bot.ChannelToken()));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await bot.Channel.WaitForReplyToAsync("o-3");
        var order = bot.Channel.RepliesIn(conversation).Select(r => r.ReplyToId).ToList();
        Assert.Equal(order.OrderBy(id => id, StringComparer.Ordinal), order);
        Assert.Equal(["o-1", "o-2", "o-3"], order.Distinct());
    }

    [Fact]
    public async Task Stop_WhileAReplyWaitsToBeRetried_DeliversItBeforeTheHostStops()
    {
        var host = bot.Factory.WithWebHostBuilder(_ => { });
        var conversation = "shutdown-" + Guid.NewGuid().ToString("N");
        bot.Channel.FailNext(StatusCodes503, retryAfterSeconds: 1, conversationId: conversation);
        using (var client = host.CreateClient())
        {
            using var response = await ConnectedBot.PostAsync(client, bot.TeamsMessage(conversation, "hi", "late"), ConnectedBot.Bearer(bot.ChannelToken()));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await host.DisposeAsync();

        Assert.Equal([503, 200], bot.Channel.Attempts.Where(a => a.ReplyToId == "late").Select(a => a.Status).Take(2));
        Assert.NotEmpty(bot.Channel.RepliesIn(conversation));
    }

    [Fact]
    public async Task Send_Retries_LogNoIdOrUrl()
    {
        const string Canary = "CANARY-retry-5d2e";
        using var client = bot.Factory.CreateClient();
        var conversation = "conv-" + Canary;
        bot.Channel.FailNext(StatusCodes503, conversationId: conversation);

        using var response = await ConnectedBot.PostAsync(client, bot.TeamsMessage(conversation, "hi " + Canary, "id-" + Canary), ConnectedBot.Bearer(bot.ChannelToken()));

        await bot.Channel.WaitForRepliesAsync(conversation, 2);
        Assert.NotEmpty(bot.LogLines);
        Assert.DoesNotContain(bot.LogLines, line => line.Contains(Canary, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(bot.LogLines, line => line.Contains(bot.Channel.BaseUrl.Authority, StringComparison.OrdinalIgnoreCase) && line.Contains("/v3/", StringComparison.Ordinal));
    }

    private const int StatusCodes503 = 503;
}
