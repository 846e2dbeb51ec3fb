using System.Net;
using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Messaging;

/// <summary>
/// With no <c>MicrosoftAppId</c>, as the Bot Framework Emulator expects: no authentication, and replies only to
/// loopback service URLs so nobody can make the bot send requests elsewhere.
/// </summary>
public sealed class LocalModeAuthenticator : IChannelAuthenticator
{
    private static readonly ChannelAuthResult LocalOnly = new(true, IsLoopback);

    public ValueTask<ChannelAuthResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
        => ValueTask.FromResult(LocalOnly);

    public static bool IsLoopback(Uri uri)
        => uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
