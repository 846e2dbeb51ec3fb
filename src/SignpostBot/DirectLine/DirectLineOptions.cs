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

    /// <summary>An idle conversation and its activities are forgotten after this long.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ConversationTtl { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The most conversations held at once; past it, new ones are refused until old ones expire.</summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>The most activities kept per conversation; the oldest are dropped first.</summary>
    [Range(10, 10_000)]
    public int MaxActivitiesPerConversation { get; set; } = 200;

    /// <summary>How often an idle WebSocket gets an empty keep-alive frame.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Tokens <c>POST /api/directline/token</c> issues per client address per minute.</summary>
    [Range(1, 10_000)]
    public int TokensPerMinute { get; set; } = 20;

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
