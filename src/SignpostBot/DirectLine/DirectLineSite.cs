using Microsoft.Extensions.Options;

namespace SignpostBot.DirectLine;

/// <summary>
/// Where browsers reach the app, and which pages may call Direct Line from a browser: the one place both are
/// decided. With <see cref="DirectLineOptions.PublicBaseUrl"/> set, nothing a client sends (the Host header)
/// shapes the URLs the app hands out or the origin it trusts.
/// </summary>
public sealed class DirectLineSite
{
    private readonly Uri? _publicBase;
    private readonly HashSet<string> _allowedOrigins;

    public DirectLineSite(IOptions<DirectLineOptions> options)
    {
        _publicBase = string.IsNullOrEmpty(options.Value.PublicBaseUrl) ? null : new Uri(options.Value.PublicBaseUrl);
        _allowedOrigins = new HashSet<string>(options.Value.AllowedOrigins, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The app's base URL (scheme, host, port, path base), without a trailing slash.</summary>
    public string BaseUrl(HttpRequest request)
        => _publicBase is { } configured
            ? configured.GetLeftPart(UriPartial.Path).TrimEnd('/')
            : $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>The app's own origin (scheme://host[:port]).</summary>
    public string OwnOrigin(HttpRequest request)
        => _publicBase is { } configured ? configured.GetLeftPart(UriPartial.Authority) : $"{request.Scheme}://{request.Host}";

    /// <summary>
    /// Whether a browser request comes from the app's own page or an allowed site's. Browsers send Origin with
    /// every cross-site POST and WebSocket; a request without it and without <c>Sec-Fetch-Site: cross-site</c> is
    /// not a cross-site browser request. Checked on the server, so a page elsewhere cannot spend the token limit
    /// or the conversation slots through its visitors' browsers even with a simple (no preflight) POST.
    /// </summary>
    public bool IsAllowedOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin))
        {
            return request.Headers["Sec-Fetch-Site"].ToString() != "cross-site";
        }

        return string.Equals(origin, OwnOrigin(request), StringComparison.OrdinalIgnoreCase) || _allowedOrigins.Contains(origin);
    }
}
