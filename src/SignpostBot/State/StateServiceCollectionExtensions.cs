namespace SignpostBot.State;

public static class StateServiceCollectionExtensions
{
    /// <summary>In-memory conversation state with a TTL, keyed by a keyed hash of the conversation.</summary>
    public static IServiceCollection AddConversationState(this IServiceCollection services)
    {
        services.AddMemoryCache(options => options.SizeLimit = 1_000_000);
        services.AddSingleton<ConversationKeyHasher>();
        services.AddSingleton<IConversationStateStore, InMemoryConversationStateStore>();
        return services;
    }
}
