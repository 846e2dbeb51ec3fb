using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SignpostBot.Content.Pipeline;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Rendering;

namespace SignpostBot.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>
    /// Loads and checks <c>knowledge/</c> and <c>dialogs/</c> once at start-up. Broken content stops the app
    /// with every error and its line: a bot that starts always has a checked emergency number to give.
    /// </summary>
    public static IServiceCollection AddSignpostContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>()
            .Bind(configuration.GetSection(BotOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // The content pipeline with every check 'validate' makes (but the seed page, which is not deployed) and
        // 'prove': errors stop the start; warnings (old dates, unused entries) do not. Blob versions go through the
        // same call (BlobKnowledgeRefresher), so what the bot serves has always passed the same checks.
        services.AddSingleton(provider => ContentPipeline.Load(
            provider.GetRequiredService<IOptions<BotOptions>>().Value.BuiltInContent(),
            ValidateOptions.ForTheBot()));
        services.AddSingleton(provider => provider.GetRequiredService<ValidationResult>().ContentOrThrow());
        // How each channel's replies look is the host's choice: Teams gets Adaptive Cards, the rest hero cards.
        services.TryAddSingleton<ChannelRendererFactory>(ChannelRenderers.Standard);
        services.AddSingleton(provider => provider.GetRequiredService<ValidationResult>().BotOrThrow(provider.GetRequiredService<ChannelRendererFactory>()));
        services.AddSingleton(provider => new BotContentHolder(provider.GetRequiredService<TriageBot>(), provider.GetRequiredService<TimeProvider>()));
        services.AddHostedService<IntentModelTraining>();
        return services;
    }

    /// <summary>Builds the content now, so a broken file fails the start rather than the first person's turn.</summary>
    public static WebApplication LoadSignpostContent(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<TriageBot>();
        if (app.Services.GetRequiredService<IOptions<BotOptions>>().Value.TrainBeforeServing)
        {
            IntentModelTraining.Train(app.Services.GetRequiredService<BotContentHolder>(), app.Services.GetRequiredService<ILogger<IntentModelTraining>>());
        }

        return app;
    }
}
