using System.ComponentModel.DataAnnotations;

namespace SignpostBot.Messaging;

/// <summary>
/// The <c>BotConnector</c> section: where channel signing keys come from and how replies are delivered.
/// The defaults are the Bot Framework's public endpoints; tests point them at a local identity provider.
/// </summary>
public sealed class BotConnectorOptions
{
    public const string Section = "BotConnector";

    /// <summary>OpenID metadata of the Bot Connector service, which signs channel tokens.</summary>
    [Required]
    public Uri ChannelOpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>OpenID metadata of Entra ID, which signs the Bot Framework Emulator's tokens.</summary>
    [Required]
    public Uri EmulatorOpenIdMetadataUrl { get; set; } = new("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration");

    /// <summary>How often signing keys are fetched again even when nothing asks for it (at least daily).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan SigningKeyRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The shortest time between fetches caused by tokens naming an unknown key id.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SigningKeyMinimumRefetchInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The base delay of the exponential backoff between reply retries.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Retries of one reply after a 429 or 5xx before it is dropped.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>Turns whose replies wait to be sent; when full, the channel's POST waits for room (backpressure, nothing dropped).</summary>
    [Range(16, 100_000)]
    public int ReplyDispatcherCapacity { get; set; } = 1000;
}
