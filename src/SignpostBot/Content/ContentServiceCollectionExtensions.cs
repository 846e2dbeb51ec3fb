using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SignpostBot.Content.Pipeline;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Rendering;

namespace SignpostBot.Content;

public static partial class ContentServiceCollectionExtensions
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
        // same call (BlobKnowledgeRefresher), so what the bot serves has always passed the same checks. Content the
        // build already checked and proved, byte for byte and with this code (PreparedContent), is loaded without
        // checking it again.
        services.AddSingleton(provider => LoadBuiltIn(
            provider.GetRequiredService<IOptions<BotOptions>>().Value,
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ContentServiceCollectionExtensions))));
        services.AddSingleton(provider => provider.GetRequiredService<ValidationResult>().ContentOrThrow());
        // How each channel's replies look is the host's choice: Teams gets Adaptive Cards, the rest hero cards.
        services.TryAddSingleton<ChannelRendererFactory>(ChannelRenderers.Standard);
        services.AddSingleton<SavedIntentModel>();
        services.AddSingleton(provider =>
        {
            // The prepared classifier goes in at once when it has already been read (it is read beside the content).
            var result = provider.GetRequiredService<ValidationResult>();
            var prepared = result.Content is { } content ? provider.GetRequiredService<SavedIntentModel>().ReadyFor(content) : null;
            return (result with { Classifier = result.Classifier ?? prepared }).BotOrThrow(provider.GetRequiredService<ChannelRendererFactory>());
        });
        services.AddSingleton(provider => new BotContentHolder(provider.GetRequiredService<TriageBot>(), provider.GetRequiredService<TimeProvider>()));
        services.AddHostedService<IntentModelTraining>();
        return services;
    }

    /// <summary>
    /// Builds the content now, so a broken file fails the start rather than the first person's turn. The prepared
    /// classifier starts being read first, on the thread pool, beside the content.
    /// </summary>
    public static WebApplication LoadSignpostContent(this WebApplication app)
    {
        var saved = app.Services.GetRequiredService<SavedIntentModel>();
        _ = app.Services.GetRequiredService<TriageBot>();
        if (app.Services.GetRequiredService<IOptions<BotOptions>>().Value.TrainBeforeServing)
        {
            IntentModelTraining.UseBeforeServing(app.Services.GetRequiredService<BotContentHolder>(), saved, app.Services.GetRequiredService<ILogger<IntentModelTraining>>());
        }

        return app;
    }

    private static ValidationResult LoadBuiltIn(BotOptions options, ILogger logger)
    {
        var sources = options.BuiltInContent();
        if (PreparedContent.Read(options.PreparedFolder()) is { } prepared && prepared.Proves(sources))
        {
            var result = ContentPipeline.Load(sources, ValidateOptions.ProvedAtBuild());
            // Said from the thread pool: the first line a process logs sets the console logger up, which the first
            // answer need not wait for.
            _ = Task.Run(() => LogProvedAtBuild(logger));
            return result;
        }

        return ContentPipeline.Load(sources, ValidateOptions.ForTheBot());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The built-in content is the content the build checked and proved: loaded without checking it again.")]
    private static partial void LogProvedAtBuild(ILogger logger);
}
