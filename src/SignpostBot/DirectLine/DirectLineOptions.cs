using System.ComponentModel.DataAnnotations;

namespace SignpostBot.DirectLine;

/// <summary>Which Direct Line the page talks to.</summary>
public enum DirectLineMode
{
    /// <summary>The app serves Direct Line 3.0 itself under <c>/v3/directline</c>: no Azure account needed.</summary>
    BuiltIn,

    /// <summary>Azure Bot Service's Direct Line: the server exchanges its secret for a per-conversation token.</summary>
    Azure,
}

/// <summary>The <c>DirectLine</c> configuration section. Defaults suit one instance serving its own page.</summary>
public sealed class DirectLineOptions : IValidatableObject
{
    public const string Section = "DirectLine";

    public DirectLineMode Mode { get; set; } = DirectLineMode.BuiltIn;

    /// <summary>
    /// Origins (scheme://host[:port]) of other sites allowed to embed the widget and call Direct Line from the
    /// browser. The app's own origin needs no entry.
    /// </summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>How long a token is valid (default 30 minutes, as Azure's). Clients refresh well before.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Base64 HMAC key (32 bytes or more) signing built-in tokens. Empty: a random key per process.</summary>
    public string TokenKey { get; set; } = string.Empty;

    /// <summary>
    /// The app's public address as browsers reach it (<c>https://chat.example.org</c>, with a path if it is served
    /// under one). The token's Direct Line <c>domain</c>, the stream URLs and the same-origin checks use it rather
    /// than the request's Host header, which a client chooses. Empty: the request's own scheme and Host, which is
    /// only safe when <c>AllowedHosts</c> names the hosts the app answers to.
    /// </summary>
    public string PublicBaseUrl { get; set; } = string.Empty;

    /// <summary>An idle conversation and its activities are forgotten after this long.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ConversationTtl { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// A conversation whose token was issued but that was never started is forgotten after this long (default one
    /// minute; the page starts it at once). It holds no slot meanwhile.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan UnstartedTtl { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The most started conversations held at once (the slots); past it, new ones are told the chat is busy, with the helplines.</summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>The most issued but unstarted conversations held at once; past it, no token is issued until some expire.</summary>
    [Range(1, 1_000_000)]
    public int MaxUnstartedConversations { get; set; } = 10_000;

    /// <summary>The most activities kept per conversation; the oldest are dropped first.</summary>
    [Range(10, 10_000)]
    public int MaxActivitiesPerConversation { get; set; } = 200;

    /// <summary>The most bytes of activity JSON kept per conversation (default 128 KiB); the oldest are dropped first.</summary>
    [Range(16 * 1024, 64 * 1024 * 1024)]
    public int MaxActivityBytesPerConversation { get; set; } = 128 * 1024;

    /// <summary>
    /// The most bytes of activity JSON every conversation keeps together (default 64 MiB); past it, the least
    /// recently used conversations keep only their newest activity.
    /// </summary>
    [Range(1024 * 1024, 16L * 1024 * 1024 * 1024)]
    public long MaxActivityBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>How often an idle WebSocket gets an empty keep-alive frame.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Tokens <c>POST /api/directline/token</c> issues per client address per minute (an IPv6 client's whole /64
    /// counts as one address: one household or device is given a /64).
    /// </summary>
    [Range(1, 10_000)]
    public int TokensPerMinute { get; set; } = 20;

    /// <summary>Requests to <c>POST /api/directline/end</c> per client address (IPv6: per /64) per minute.</summary>
    [Range(1, 10_000)]
    public int EndsPerMinute { get; set; } = 30;

    public AzureDirectLineOptions Azure { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var origin in AllowedOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.AbsolutePath != "/" || origin.EndsWith('/'))
            {
                yield return new ValidationResult($"DirectLine:AllowedOrigins: '{origin}' is not an origin like https://example.org.");
            }
        }

        if (!string.IsNullOrEmpty(PublicBaseUrl)
            && (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var publicBase) || publicBase.Scheme is not ("http" or "https") || !string.IsNullOrEmpty(publicBase.Query) || PublicBaseUrl.EndsWith('/')))
        {
            yield return new ValidationResult($"DirectLine:PublicBaseUrl: '{PublicBaseUrl}' is not a base URL like https://chat.example.org (no trailing slash).");
        }

        if (!string.IsNullOrEmpty(TokenKey))
        {
            byte[]? key = null;
            try
            {
                key = Convert.FromBase64String(TokenKey);
            }
            catch (FormatException)
            {
            }

            if (key is not { Length: >= 32 })
            {
                yield return new ValidationResult("DirectLine:TokenKey must be base64 of at least 32 random bytes.");
            }
        }

        if (Mode == DirectLineMode.Azure)
        {
            if (string.IsNullOrWhiteSpace(Azure.Secret))
            {
                yield return new ValidationResult("DirectLine:Azure:Secret is required when DirectLine:Mode is Azure.");
            }

            if (!Uri.TryCreate(Azure.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme != "https" && !endpoint.IsLoopback)
            {
                yield return new ValidationResult("DirectLine:Azure:Endpoint must be an https URL ending in /v3/directline.");
            }
        }
    }
}

/// <summary>Azure Bot Service Direct Line: the secret stays on the server.</summary>
public sealed class AzureDirectLineOptions
{
    /// <summary>The Direct Line channel's secret key. Never sent to a browser.</summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>The Direct Line base URL, including <c>/v3/directline</c> (a regional one, e.g. europe., also works).</summary>
    public string Endpoint { get; set; } = "https://directline.botframework.com/v3/directline";
}
