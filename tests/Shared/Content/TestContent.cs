using SignpostBot.Content.Loading;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Knowledge.Model;
using SignpostBot.Testing;

namespace SignpostBot.Testing;

/// <summary>The repository's own content, loaded once: it is immutable, so tests can share it safely.</summary>
public static class TestContent
{
    private static readonly Lazy<KnowledgeBase> LazyKnowledge = new(() => KnowledgeLoader.Load(RepositoryPaths.Knowledge));
    private static readonly Lazy<DialogSet> LazyDialogs = new(() => DialogLoader.Load(RepositoryPaths.Dialogs, Knowledge));

    /// <summary>The smallest global.yaml the loader accepts, for tests of hand-made flows.</summary>
    public const string SmallGlobal = """
        version: 1
        start: main
        interruptions:
          suicide: { phrases: [want to die], text: You matter., signpost: { emergency: yes, hotlines: [gb-samaritans] } }
          danger: { phrases: [in danger], text: Call 112. }
          help: { phrases: [help], text: Help. }
          startOver: { phrases: [start again], text: Again. }
          stop: { phrases: [stop], text: Bye. }
        notText: Type please.
        gaveUp: Sorry.
        failSafe:
          text: Help is here.
          emergency: yes
          hotlines: [gb-modern-slavery-helpline]
        labels: { emergency: "Call {numbers}.", or: or, call: "Call {number}", website: Website, email: Email, hours: "Open {hours}", languages: "Languages: {languages}", free: Free, anonymous: Anonymous, guidance: Read, countryOnly: "{country} only" }
        """;

    public static KnowledgeBase Knowledge => LazyKnowledge.Value;

    public static DialogSet Dialogs => LazyDialogs.Value;

    public static TriageBot NewBot() => new(Dialogs, ChannelRenderers.Standard);

    /// <summary>Hand-made flows (a global.yaml and dialog files) loaded against the repository's knowledge; a load error fails the test.</summary>
    public static DialogSet LoadFlows(string global, params (string Path, string Text)[] dialogs)
    {
        var errors = new ContentErrors();
        var content = DialogLoader.Load([("global.yaml", global), .. dialogs], Knowledge, errors);
        Xunit.Assert.False(errors.HasErrors, string.Join("\n", errors.All));
        return content!;
    }
}
