namespace SignpostBot.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>The Bot Connector side: authentication of incoming activities and the client that posts replies.</summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IChannelAuthenticator, LocalModeAuthenticator>();
        // RemoveAllLoggers: HttpClient's own logs would carry the request URL, which holds the conversation id.
        services.AddHttpClient<ReplySender>(client => client.Timeout = TimeSpan.FromSeconds(15)).RemoveAllLoggers();
        return services;
    }
}
