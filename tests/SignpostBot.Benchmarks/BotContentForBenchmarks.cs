using SignpostBot.Content.Pipeline;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Testing;

namespace SignpostBot.Benchmarks;

/// <summary>The repository's own content, loaded as the bot loads it, for in-process measurements.</summary>
internal static class BotContentForBenchmarks
{
    /// <summary>The bot as it runs: the content and its trained intent classifier.</summary>
    public static TriageBot Load()
        => ContentPipeline.Load(ContentSources.Folders(RepositoryPaths.Dialogs, RepositoryPaths.Knowledge), new ValidateOptions { Train = true }).BotOrThrow(ChannelRenderers.Standard);
}
