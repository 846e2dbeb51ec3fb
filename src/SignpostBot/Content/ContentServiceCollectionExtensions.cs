using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SignpostBot.Dialogs.Content;
using SignpostBot.Content.Analysis;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Content.Loading;

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

        services.AddSingleton(provider =>
        {
            var root = provider.GetRequiredService<IOptions<BotOptions>>().Value.ResolveContentRoot();

            // The content tool's 'validate' (without the seed page, which is not deployed) and 'prove': errors stop
            // the start; warnings (old dates, unused entries) do not. 'validate' loads the content with the bot's
            // own loaders, so the content it returns is what the bot serves.
            var validation = ContentValidator.Validate(Path.Combine(root, "dialogs"), Path.Combine(root, "knowledge"), new ValidateOptions { Prove = new ProveOptions() });
            var errors = validation.Problems.Where(p => p.Severity == ContentSeverity.Error).ToList();
            return errors.Count == 0 && validation.Content is { } checkedContent ? checkedContent : throw new ContentLoadException(errors);
        });
        // How each channel's replies look is the host's choice: Teams gets Adaptive Cards, the rest hero cards.
        services.TryAddSingleton<ChannelRendererFactory>(ChannelRenderers.Standard);
        services.AddSingleton(provider => new TriageBot(provider.GetRequiredService<DialogSet>(), provider.GetRequiredService<ChannelRendererFactory>()));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new BotContentHolder(provider.GetRequiredService<TriageBot>(), provider.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>Builds the content now, so a broken file fails the start rather than the first person's turn.</summary>
    public static WebApplication LoadSignpostContent(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<TriageBot>();
        return app;
    }
}
