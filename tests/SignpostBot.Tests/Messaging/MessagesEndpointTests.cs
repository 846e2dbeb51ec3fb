using System.Net;
using System.Text.Json;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Testing.Conversations;

namespace SignpostBot.Tests.Messaging;

public sealed class MessagesEndpointTests(BotFactory factory) : IClassFixture<BotFactory>
{
    private const string ValidMessage = """{"type":"message","id":"1","channelId":"test","conversation":{"id":"c"},"from":{"id":"u"},"recipient":{"id":"b"},"text":"hi","deliveryMode":"expectReplies"}""";

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("[1,2,3]", "not valid JSON")]
    [InlineData("null", "JSON null")]
    [InlineData("""{"channelId":"test","conversation":{"id":"c"},"from":{"id":"u"},"text":"hi"}""", "no 'type'")]
    [InlineData("""{"type":"message","channelId":"test","from":{"id":"u"},"text":"hi"}""", "no 'conversation'")]
    [InlineData("""{"type":"message","channelId":"test","conversation":{"id":"c"},"text":"hi"}""", "no 'from'")]
    [InlineData("""{"type":"message","conversation":{"id":"c"},"from":{"id":"u"},"text":{"oops":1}}""", "not valid JSON")]
    [InlineData("", "no body")]
    public async Task Post_MalformedActivity_Is400WithAShortReason(string body, string reason)
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/messages", BotClient.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(reason, problem.RootElement.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Is413()
    {
        using var client = factory.CreateClient();
        var huge = BotClient.Serialize(BotClient.Message("c", new string('a', 300_000)));

        using var response = await client.PostAsync("/api/messages", BotClient.Json(huge));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOverTheLimitSentWithoutALength_Is413()
    {
        using var client = factory.CreateClient();
        var huge = System.Text.Encoding.UTF8.GetBytes(BotClient.Serialize(BotClient.Message("c", new string('a', 300_000))));
        using var content = new StreamContent(new UnknownLengthStream(huge));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await client.PostAsync("/api/messages", content);

        Assert.Null(content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_LargeActivityUnderTheLimit_IsAnswered()
    {
        using var client = factory.CreateClient();
        var large = BotClient.Message("large", "hi " + new string('a', 100_000)) with { DeliveryMode = "expectReplies" };

        using var response = await client.PostAsync("/api/messages", BotClient.Json(BotClient.Serialize(large)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"activities\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NotJson_Is415()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/messages", new StringContent("type=message", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Get_ApiMessages_Is405()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("messageReaction")]
    [InlineData("typing")]
    [InlineData("somethingNew")]
    public async Task Post_ActivityTypeTheBotDoesNotHandle_IsAcknowledgedWith200AndNoReply(string type)
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/messages", BotClient.Json(ValidMessage.Replace("\"message\"", $"\"{type}\"", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_Invoke_Is501AsTheProtocolSaysForUnhandledInvokes()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/messages", BotClient.Json(ValidMessage.Replace("\"message\"", "\"invoke\"", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Post_TenThousandCharacters_GetsAnOrdinaryKindReply()
    {
        using var client = factory.CreateClient();

        var replies = await BotClient.SendAsync(client, BotClient.Message(Guid.NewGuid().ToString(), string.Concat(Enumerable.Repeat("I don't know what to say. ", 400))));

        // Read like any message: a question with buttons comes back, and nothing says it was not understood.
        Assert.Contains(replies, r => r.SuggestedActions is { Actions.Count: > 0 });
        Assert.DoesNotContain(replies, r => r.Text!.Contains("didn't understand", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_ExpectReplies_AddressesEachReplyBackToTheSender()
    {
        using var client = factory.CreateClient();
        var message = BotClient.Message("conv-address", "hi", id: "incoming-1");

        var replies = await BotClient.SendAsync(client, message);

        Assert.All(replies, reply =>
        {
            Assert.Equal(ActivityTypes.Message, reply.Type);
            Assert.Equal("incoming-1", reply.ReplyToId);
            Assert.Equal("conv-address", reply.Conversation!.Id);
            Assert.Equal("bot-1", reply.From!.Id);
            Assert.Equal("bot", reply.From.Role);
            Assert.Equal("user-1", reply.Recipient!.Id);
            Assert.NotNull(reply.Timestamp);
        });
    }

    [Fact]
    public async Task Post_UnknownFields_AreAcceptedAndDoNotBreakTheTurn()
    {
        using var client = factory.CreateClient();
        var body = ValidMessage.Replace("\"text\":\"hi\"", "\"text\":\"hi\",\"channelData\":{\"clientActivityID\":\"x\"},\"somethingFuture\":[1,{\"a\":true}]", StringComparison.Ordinal);

        using var response = await client.PostAsync("/api/messages", BotClient.Json(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Who are you looking for help for?", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_Is200()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_CallButtons_DialE164()
    {
        using var client = factory.CreateClient();
        var conversation = Guid.NewGuid().ToString();
        foreach (var text in new[] { "hi", "For me", "no" })
        {
            await BotClient.SendAsync(client, BotClient.Message(conversation, text));
        }

        var replies = await BotClient.SendAsync(client, BotClient.Message(conversation, "United Kingdom"));

        Assert.Contains("tel:+448000121700", ConversationRunner.CallLinks(replies));
    }

    /// <summary>A body whose length is not known up front, so it is sent in chunks with no Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
