using System.Net;
using SignpostBot.Tests.DirectLine;

namespace SignpostBot.Tests.Abuse;

/// <summary>Issue 15, item 2: every endpoint reads through a bounded buffer, chunked or not; /end is rate limited.</summary>
public sealed class BoundedBodyTests
{
    [Theory]
    [InlineData("/api/directline/end")]
    [InlineData("/api/messages")]
    public async Task ChunkedBodyOverTheLimit_Is413(string path)
    {
        using var host = new BotFactory();
        using var client = host.CreateClient();
        var content = new ChunkedContent(2 * 1024 * 1024);

        using var response = await client.PostAsync(path, content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task End_PastItsRateLimit_Is429()
    {
        using var host = new BotFactory().With("DirectLine:EndsPerMinute", "3");
        using var client = host.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.PostAsync("/api/directline/end", BotClient.Json("{\"token\":\"x\"}"));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    /// <summary>A JSON-looking body of the given size with no Content-Length: sent chunked.</summary>
    private sealed class ChunkedContent(int size) : HttpContent
    {
        private int Written { get; set; }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var chunk = new byte[16 * 1024];
            Array.Fill(chunk, (byte)' ');
            chunk[0] = (byte)'{';
            try
            {
                while (Written < size)
                {
                    await stream.WriteAsync(chunk);
                    Written += chunk.Length;
                    chunk[0] = (byte)' ';
                }
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or InvalidOperationException)
            {
                // The server stopped reading: that is the point.
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            length = 0;
            return false;
        }
    }
}
