namespace SignpostBot.WebChat;

/// <summary>
/// Marks an endpoint that only services call, never a browser: the Bot Connector's <c>/api/messages</c>. Its JSON
/// is read by a program, so the page headers (CSP, framing, referrer, permissions, cross-origin, robots) have
/// nothing to act on; it keeps <c>nosniff</c> (nothing may treat the JSON as a page or a script) and
/// <c>no-store</c> (replies carry a conversation: no cache on the way may keep them).
/// </summary>
public sealed class ServiceEndpoint
{
    public static readonly ServiceEndpoint Instance = new();

    private ServiceEndpoint()
    {
    }
}

public static class ServiceEndpointConventionBuilderExtensions
{
    /// <summary>Sends this endpoint's responses with a service's headers rather than a page's (see <see cref="ServiceEndpoint"/>).</summary>
    public static TBuilder ForServicesOnly<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
        => builder.WithMetadata(ServiceEndpoint.Instance);
}
