using Microsoft.AspNetCore.Server.Kestrel.Core;
using Polly;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using SignpostBot.Content;
using SignpostBot.Messaging.Authentication;
using SignpostBot.Messaging.Outbound;

namespace SignpostBot.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>
    /// The Bot Connector side: authentication of incoming activities (the channel's JWT when <c>MicrosoftAppId</c>
    /// is set, local mode otherwise), the bot's outbound token, and the queue and client that post replies.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotCredentialsOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotCredentialsOptions>, BotCredentialsOptionsValidator>();
        services.AddOptions<BotConnectorOptions>().Bind(configuration.GetSection(BotConnectorOptions.Section)).ValidateDataAnnotations().ValidateOnStart();

        var localMode = string.IsNullOrWhiteSpace(configuration[nameof(BotCredentialsOptions.MicrosoftAppId)]);
        if (localMode)
        {
            services.AddSingleton<IChannelAuthenticator, LocalModeAuthenticator>();
            services.AddSingleton<IBotTokenProvider, NoBotTokenProvider>();
        }
        else
        {
            services.AddSingleton<IChannelAuthenticator, JwtChannelAuthenticator>();
            services.AddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        }

        // RemoveAllLoggers: HttpClient's own logs would carry request URLs, and reply URLs hold conversation ids.
        services.AddHttpClient(JwtChannelAuthenticator.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30)).RemoveAllLoggers();
        services.AddHttpClient(MsalBotTokenProvider.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30)).RemoveAllLoggers();
        // Redirects are not followed: the service URL was checked (loopback only in local mode), a redirect's target was not.
        services.AddHttpClient(ReplySender.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .RemoveAllLoggers()
            .AddResilienceHandler("bot-connector-replies", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<BotConnectorOptions>>().Value;
                pipeline.AddTimeout(TimeSpan.FromMinutes(2));
                if (options.MaxRetries > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.MaxRetries,
                        BackoffType = Polly.DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = options.RetryBaseDelay,
                        MaxDelay = TimeSpan.FromSeconds(30),
                        ShouldRetryAfterHeader = true,
                    });
                }

                pipeline.AddTimeout(TimeSpan.FromSeconds(15));
            });
        // Kestrel's own ceiling for any request body, on any endpoint (30 MB by default): no endpoint takes more than
        // an activity, so a body larger than that is refused before anything reads it.
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<BotOptions>>((kestrel, bot) => kestrel.Limits.MaxRequestBodySize = bot.Value.MaxRequestBytes);
        services.AddSingleton<RequestBodyReader>();
        services.AddSingleton<ActivityReader>();
        services.AddSingleton<ReplySender>();
        services.AddSingleton<ReplyDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<ReplyDispatcher>());
        return services;
    }
}
