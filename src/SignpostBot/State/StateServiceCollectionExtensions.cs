using Microsoft.Extensions.Options;
using SignpostBot.Content;
using SignpostBot.Turns;

namespace SignpostBot.State;

public static class StateServiceCollectionExtensions
{
    /// <summary>
    /// Conversation state with a TTL, keyed by a keyed hash of the conversation, with the turn ledger (retries get
    /// the first answer again) and the per-conversation turn lock: in memory by default, in Redis when
    /// <c>Bot:Redis:Configuration</c> is set (then every instance must share <c>Bot:StateKey</c>).
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
        services.AddOptions<TurnOptions>().BindConfiguration(TurnOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RedisConnection>();
        services.AddSingleton<InMemoryConversationStateStore>();
        services.AddSingleton<RedisConversationStateStore>();
        services.AddSingleton<InMemoryTurnLedger>();
        services.AddSingleton<RedisTurnLedger>();
        services.AddSingleton<InMemoryConversationLocks>();
        services.AddSingleton<RedisConversationLocks>();
        services.AddSingleton<IConversationStateStore>(provider => InMemoryOrRedis<IConversationStateStore, InMemoryConversationStateStore, RedisConversationStateStore>(provider));
        services.AddSingleton<ITurnLedger>(provider => InMemoryOrRedis<ITurnLedger, InMemoryTurnLedger, RedisTurnLedger>(provider));
        services.AddSingleton<IConversationLocks>(provider => InMemoryOrRedis<IConversationLocks, InMemoryConversationLocks, RedisConversationLocks>(provider));
        return services;
    }

    private static TService InMemoryOrRedis<TService, TInMemory, TRedis>(IServiceProvider provider)
        where TInMemory : TService
        where TRedis : TService
        where TService : notnull
        => provider.GetRequiredService<IOptions<RedisStateOptions>>().Value.IsEnabled
            ? provider.GetRequiredService<TRedis>()
            : provider.GetRequiredService<TInMemory>();
}
