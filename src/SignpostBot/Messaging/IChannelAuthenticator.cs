using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Messaging;

/// <summary>The result of checking who sent an activity, and where replies to it may go.</summary>
public sealed record ChannelAuthResult(bool IsAuthenticated, Func<Uri, bool> MayReplyTo)
{
    public static readonly ChannelAuthResult Rejected = new(false, _ => false);
}

/// <summary>
/// Decides whether an incoming activity is genuine. Local mode accepts all and allows replies only to this
/// machine; channel authentication (the Bot Connector's JWT rules) plugs in here.
/// </summary>
public interface IChannelAuthenticator
{
    ValueTask<ChannelAuthResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}
