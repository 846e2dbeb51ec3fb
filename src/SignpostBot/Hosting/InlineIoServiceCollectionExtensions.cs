using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Options;
using SignpostBot.Content;

namespace SignpostBot.Hosting;

public static class InlineIoServiceCollectionExtensions
{
    /// <summary>
    /// The .NET runtime's switch for running socket completions on the epoll thread that saw them (read once, when the
    /// first socket operation starts; documented with the runtime's networking configuration).
    /// </summary>
    public const string InlineCompletionsVariable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    /// <summary>
    /// When <see cref="BotOptions.InlineIo"/> is on (the default), Kestrel runs each request on the I/O thread its bytes
    /// arrived on (<see cref="SocketTransportOptions.UnsafePreferInlineScheduling"/>, which Kestrel's documentation
    /// pairs with <see cref="InlineCompletionsVariable"/>), instead of two thread-pool hand-offs per request.
    /// </summary>
    /// <remarks>
    /// Applied when Kestrel's socket transport is created, so only for a real server (a test server has no sockets),
    /// and before it opens its first socket. Safe here because nothing on the request path blocks: a turn is pure
    /// work on state in memory, the stores and the channel client are async, and the one long piece of work that
    /// follows socket I/O (loading content downloaded from blob storage) is moved to the thread pool
    /// (<see cref="BlobKnowledgeRefresher"/>).
    /// </remarks>
    public static IServiceCollection AddInlineIo(this IServiceCollection services)
    {
        services.AddOptions<SocketTransportOptions>().Configure<IOptions<BotOptions>>((sockets, bot) =>
        {
            if (!bot.Value.InlineIo)
            {
                return;
            }

            Environment.SetEnvironmentVariable(InlineCompletionsVariable, "1");
            sockets.UnsafePreferInlineScheduling = true;
        });
        return services;
    }
}
