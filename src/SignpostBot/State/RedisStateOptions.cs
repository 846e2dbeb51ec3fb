using System.ComponentModel.DataAnnotations;

namespace SignpostBot.State;

/// <summary>
/// The <c>Bot:Redis</c> configuration section. Setting <see cref="Configuration"/> moves conversation state from
/// process memory to Redis, so several instances can share one conversation.
/// </summary>
public sealed class RedisStateOptions
{
    public const string Section = "Bot:Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>name.redis.cache.windows.net:6380,password=…,ssl=True</c>. Empty: state stays in memory.</summary>
    public string Configuration { get; set; } = string.Empty;

    /// <summary>
    /// The longest one state read or write may take before the turn gives up and answers with the fail-safe
    /// signpost (default 500 ms): a slow store must never keep a person waiting.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:10")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMilliseconds(500);

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Configuration);
}
