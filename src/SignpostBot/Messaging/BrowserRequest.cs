namespace SignpostBot.Messaging;

/// <summary>What a browser says about where a request comes from (Fetch Metadata and Origin).</summary>
public static class BrowserRequest
{
    /// <summary>
    /// True when a browser says another site's page made the request: <c>Sec-Fetch-Site</c> is
    /// <c>cross-site</c> or <c>same-site</c>, or an <c>Origin</c> is sent. Services (the Bot Connector, the Emulator)
    /// send neither.
    /// </summary>
    public static bool IsCrossSite(HttpRequest request)
        => request.Headers["Sec-Fetch-Site"].ToString() is "cross-site" or "same-site"
            || !string.IsNullOrEmpty(request.Headers.Origin.ToString());
}
