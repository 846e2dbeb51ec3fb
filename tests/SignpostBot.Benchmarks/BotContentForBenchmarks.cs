using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Content.Loading;
using SignpostBot.Testing;

namespace SignpostBot.Benchmarks;

/// <summary>The repository's own content, loaded as the bot loads it, for in-process measurements.</summary>
internal static class BotContentForBenchmarks
{
    public static TriageBot Load()
    {
        var knowledge = KnowledgeLoader.Load(RepositoryPaths.Knowledge);
        return new TriageBot(DialogLoader.Load(RepositoryPaths.Dialogs, knowledge), ChannelRenderers.Standard);
    }
}
