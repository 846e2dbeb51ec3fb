using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace SignpostBot.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    public const string CorsPolicy = "directline";
    public const string TokenRateLimit = "directline-token";
    public const string EndRateLimit = "directline-end";

    /// <summary>
    /// Direct Line for the web chat: the built-in Direct Line 3.0 (in-memory conversations, signed tokens) or
    /// Azure's (secret exchanged server side), the token endpoint's rate limit and CORS for the allowed origins.
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineConversationStore>();
        services.AddSingleton<DirectLineAuthorizer>();
        services.AddSingleton<DirectLineBot>();
        services.AddSingleton<DirectLineSite>();
        services.AddSingleton<DirectLineBusyAnswer>();
        services.AddSingleton<BuiltInTokenSource>();
        services.AddHostedService<DirectLineSweeper>();
        // RemoveAllLoggers: HttpClient's logs would carry URLs holding conversation ids.
        services.AddHttpClient<AzureDirectLineClient>(client => client.Timeout = TimeSpan.FromSeconds(15)).RemoveAllLoggers();
        services.AddSingleton<IWebChatTokenSource>(provider =>
            provider.GetRequiredService<IOptions<DirectLineOptions>>().Value.Mode == DirectLineMode.Azure
                ? provider.GetRequiredService<AzureDirectLineClient>()
                : provider.GetRequiredService<BuiltInTokenSource>());

        // Request URLs carry conversation ids and stream tokens: the host's per-request logs (and the request scope,
        // with its path, that it opens whenever it logs at all) and route matching's path logs stay off.
        services.AddLogging(logging => logging
            .AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None)
            .AddFilter("Microsoft.AspNetCore.Routing.Matching", LogLevel.Warning));

        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<DirectLineOptions>>((cors, directLine) => cors.AddPolicy(CorsPolicy, policy => policy
                .WithOrigins([.. directLine.Value.AllowedOrigins])
                .WithMethods("GET", "POST")
                .WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent")
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(TokenRateLimit, http => PerClientPerMinute(http, http.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.TokensPerMinute));
            limiter.AddPolicy(EndRateLimit, http => PerClientPerMinute(http, http.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.EndsPerMinute));
        });
        return services;
    }

    /// <summary>The token endpoints the page calls and, in built-in mode, Direct Line 3.0 itself.</summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        // CORS, rate limits and WebSockets are for these browser-facing routes only: the Bot Connector's
        // /api/messages (server to server, every turn) does not pass through them, nor make a request scope for them.
        app.UseWhen(IsDirectLineRoute, browser =>
        {
            browser.UseCors();
            browser.UseRateLimiter();
            browser.UseWebSockets();
        });
        app.MapWebChatTokens();
        if (app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value.Mode == DirectLineMode.BuiltIn)
        {
            app.MapBuiltInDirectLine();
        }

        return app;
    }

    /// <summary>A fixed one-minute window per client address (see <see cref="ClientAddress"/>).</summary>
    private static RateLimitPartition<string> PerClientPerMinute(HttpContext http, int perMinute)
        // The address is only a partition key in memory for a minute; it is never logged or stored.
        => RateLimitPartition.GetFixedWindowLimiter(
            ClientAddress.PartitionOf(http.Connection.RemoteIpAddress),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    private static bool IsDirectLineRoute(HttpContext http)
        => http.Request.Path.StartsWithSegments(DirectLineEndpoints.BasePath) || http.Request.Path.StartsWithSegments(WebChatTokenEndpoints.BasePath);
}
