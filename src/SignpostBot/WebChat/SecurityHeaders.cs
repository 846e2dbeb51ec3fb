using Microsoft.Extensions.Options;
using SignpostBot.DirectLine;

namespace SignpostBot.WebChat;

/// <summary>
/// The headers a safeguarding site sends on every response a browser may see: a strict Content-Security-Policy
/// (this app only), no referrer, no framing, no sniffing, no caching (a shared device keeps no copy of a visit),
/// HSTS over HTTPS. Endpoints only services call (<see cref="ServiceEndpoint"/>) get just no sniffing and no caching.
/// </summary>
public sealed class SecurityHeaders(IOptions<DirectLineOptions> directLine)
{
    /// <summary>For responses that are not pages: nothing may load or frame them.</summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private readonly string _connectSources = ConnectSources(directLine.Value);

    /// <summary>The page's policy: scripts, styles, images and connections from this app only; styles also by nonce.</summary>
    public string PagePolicy(string nonce)
        => $"default-src 'none'; script-src 'self'; style-src 'self' 'nonce-{nonce}'; img-src 'self' data: blob:; font-src 'self'; "
            + $"connect-src {_connectSources}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; manifest-src 'self'";

    public static void Apply(HttpContext http)
    {
        var headers = http.Response.Headers;
        if (http.GetEndpoint()?.Metadata.GetMetadata<ServiceEndpoint>() is not null)
        {
            headers.XContentTypeOptions = "nosniff";
            headers.CacheControl = "no-store";
            return;
        }

        headers.ContentSecurityPolicy = ApiPolicy;
        headers["Referrer-Policy"] = "no-referrer";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers["X-Robots-Tag"] = "noindex, nofollow";
        headers.CacheControl = "no-store";
        headers.Pragma = "no-cache";
        if (http.Request.IsHttps)
        {
            headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
        }
    }

    private static string ConnectSources(DirectLineOptions options)
    {
        if (options.Mode != DirectLineMode.Azure || !Uri.TryCreate(options.Azure.Endpoint, UriKind.Absolute, out var azure))
        {
            return "'self'";
        }

        // Azure mode: the browser talks to Azure's Direct Line (HTTPS and its WebSocket) and to nothing else.
        var host = azure.IsDefaultPort ? azure.Host : $"{azure.Host}:{azure.Port}";
        var socket = azure.Scheme == "https" ? "wss" : "ws";
        return $"'self' {azure.Scheme}://{host} {socket}://{host}";
    }
}

public static class SecurityHeadersApplicationBuilderExtensions
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
        => app.Use((http, next) =>
        {
            SecurityHeaders.Apply(http);
            return next(http);
        });
}
