namespace SignpostBot.WebChat;

public static class WebChatServiceCollectionExtensions
{
    /// <summary>The chat page and widget (built by ClientApp) and the security headers every response carries.</summary>
    public static IServiceCollection AddWebChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebChatOptions>()
            .Bind(configuration.GetSection(WebChatOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<WebChatAssets>();
        services.AddSingleton<SecurityHeaders>();
        return services;
    }

    /// <summary>Security headers for everything, then <c>/</c>, <c>/widget.js</c> and the page's CSS.</summary>
    public static WebApplication MapWebChat(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<WebChatAssets>();
        app.MapWebChatPage();
        return app;
    }
}
