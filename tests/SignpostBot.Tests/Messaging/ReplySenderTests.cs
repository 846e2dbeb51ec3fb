using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Messaging;

namespace SignpostBot.Tests.Messaging;

/// <summary>Without expectReplies, replies are posted to the channel's service URL, which local mode allows only on loopback.</summary>
public sealed class ReplySenderTests(BotFactory factory) : IClassFixture<BotFactory>
{
    [Fact]
    public async Task Post_NormalDelivery_PostsEveryReplyInOrderToTheServiceUrl()
    {
        await using var channel = await ChannelService.StartAsync();
        using var client = factory.CreateClient();
        var message = BotClient.Message("conv/with space", "hi", id: "act-1") with { ServiceUrl = channel.BaseUrl.AbsoluteUri };

        using var response = await client.PostAsync("/api/messages", BotClient.Json(BotClient.Serialize(message)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        await channel.WaitForAttemptsAsync(2);
        var replies = channel.Replies.ToList();
        Assert.Equal(2, replies.Count);
        Assert.All(replies, r =>
        {
            Assert.Equal("/v3/conversations/conv%2Fwith%20space/activities/act-1", r.Path);
            Assert.Equal("act-1", r.Activity.ReplyToId);
        });
        Assert.StartsWith("Hello.", replies[0].Activity.Text, StringComparison.Ordinal);
        Assert.Equal("Who are you looking for help for?", replies[1].Activity.Text);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("http://169.254.169.254/latest/")]
    [InlineData("http://10.0.0.5/")]
    [InlineData("not a url")]
    public async Task Post_NonLoopbackServiceUrlInLocalMode_SendsNothing(string serviceUrl)
    {
        var outbound = new RecordingHandler();
        using var host = new BotFactory().WithServices(s => s.AddHttpClient(ReplySender.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => outbound));
        using var client = host.CreateClient();
        var message = BotClient.Message("c", "hi") with { ServiceUrl = serviceUrl };

        using var response = await client.PostAsync("/api/messages", BotClient.Json(BotClient.Serialize(message)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, outbound.Calls);
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public int Calls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
        }
    }
}
