using Microsoft.Extensions.Options;
using SignpostBot.Content;

namespace SignpostBot.State;

public static class StateServiceCollectionExtensions
{
    /// <summary>
    /// Conversation state with a TTL, keyed by a keyed hash of the conversation: in memory by default, in Redis
    /// when <c>Bot:Redis:Configuration</c> is set (then every instance must share <c>Bot:StateKey</c>).
    /// </summary>
    public static IServiceCollection AddConversationState(this IServiceCollection services)
    {
        services.AddSingleton<ConversationKeyHasher>();
        services.AddOptions<RedisStateOptions>()
            .BindConfiguration(RedisStateOptions.Section)
            .ValidateDataAnnotations()
            .Validate<IOptions<BotOptions>>(
                (redis, bot) => !redis.IsEnabled || !string.IsNullOrWhiteSpace(bot.Value.StateKey),
                "Bot:Redis:Configuration is set but Bot:StateKey is empty: every instance sharing Redis needs the same state key.")
            .ValidateOnStart();
        services.AddSingleton<InMemoryConversationStateStore>();
        services.AddSingleton<RedisConversationStateStore>();
        services.AddSingleton<IConversationStateStore>(provider =>
            provider.GetRequiredService<IOptions<RedisStateOptions>>().Value.IsEnabled
                ? provider.GetRequiredService<RedisConversationStateStore>()
                : provider.GetRequiredService<InMemoryConversationStateStore>());
        return services;
    }
}
