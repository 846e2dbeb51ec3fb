using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SignpostBot.Hosting;

namespace SignpostBot.Tests.Hosting;

/// <summary>Kestrel runs requests on the socket's I/O thread by default (docs/performance.md), and a setting turns it off.</summary>
public sealed class InlineIoTests
{
    [Fact]
    public void ByDefault_KestrelRunsRequestsWhereTheyArrive_AndTheRuntimeCompletesSocketsThere()
    {
        using var host = new BotFactory();

        var sockets = host.Services.GetRequiredService<IOptions<SocketTransportOptions>>().Value;

        Assert.True(sockets.UnsafePreferInlineScheduling);
        Assert.Equal("1", Environment.GetEnvironmentVariable(InlineIoServiceCollectionExtensions.InlineCompletionsVariable));
    }

    [Fact]
    public void InlineIoFalse_LeavesKestrelsThreadPoolHandOff()
    {
        using var host = new BotFactory().With("Bot:InlineIo", "false");

        var sockets = host.Services.GetRequiredService<IOptions<SocketTransportOptions>>().Value;

        Assert.False(sockets.UnsafePreferInlineScheduling);
    }
}
