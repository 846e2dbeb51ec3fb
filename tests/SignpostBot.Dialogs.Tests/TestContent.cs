using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Knowledge.Loading;
using SignpostBot.Knowledge.Model;
using SignpostBot.Testing;

namespace SignpostBot.Dialogs.Tests;

/// <summary>The repository's own content, loaded once: it is immutable, so tests can share it safely.</summary>
internal static class TestContent
{
    private static readonly Lazy<KnowledgeBase> LazyKnowledge = new(() => KnowledgeLoader.Load(RepositoryPaths.Knowledge));
    private static readonly Lazy<DialogSet> LazyDialogs = new(() => DialogLoader.Load(RepositoryPaths.Dialogs, Knowledge));

    public static KnowledgeBase Knowledge => LazyKnowledge.Value;

    public static DialogSet Dialogs => LazyDialogs.Value;

    public static TriageBot NewBot() => new(Dialogs);
}
