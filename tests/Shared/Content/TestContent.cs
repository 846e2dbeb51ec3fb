using SignpostBot.Content.Loading;
using SignpostBot.Content.Pipeline;
using SignpostBot.Content.Understanding;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Testing;

/// <summary>The repository's own content, loaded once through the bot's pipeline: it is immutable, so tests can share it safely.</summary>
public static class TestContent
{
    private static readonly Lazy<DialogSet> LazyDialogs = new(() => ContentPipeline.Load(Repository, new ValidateOptions()).ContentOrThrow());

    // Trained once per test process (about a second), as the bot trains once per content version.
    private static readonly Lazy<IntentClassifier?> LazyClassifier = new(() => IntentClassifier.Train(Dialogs.Understanding));

    /// <summary>The smallest global.yaml the loader accepts, for tests of hand-made flows.</summary>
    public const string SmallGlobal = """
        version: 1
        start: main
        interruptions:
          suicide: { text: You matter., signpost: { emergency: yes, hotlines: [gb-samaritans] } }
          danger: { text: Call 112. }
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

    /// <summary>The repository's dialogs/ and knowledge/ folders.</summary>
    public static ContentSources Repository => ContentSources.Folders(RepositoryPaths.Dialogs, RepositoryPaths.Knowledge);

    public static KnowledgeBase Knowledge => Dialogs.Knowledge;

    /// <summary>Where each knowledge entry of the repository is written, as the pipeline's cross-file checks see it.</summary>
    public static SignpostBot.Content.Analysis.KnowledgeIndex Index => SignpostBot.Content.Analysis.KnowledgeIndex.From(
        new SignpostBot.Content.Loading.LoadedKnowledge(Knowledge.Countries, Knowledge.International, Knowledge.Guidance, Knowledge),
        Path.Combine(RepositoryPaths.Knowledge, "countries.yaml"));

    public static DialogSet Dialogs => LazyDialogs.Value;

    /// <summary>The intent classifier trained from the repository's understanding files, as the bot trains it.</summary>
    public static IntentClassifier? Classifier => LazyClassifier.Value;

    /// <summary>The bot as it runs: the repository's content and its trained classifier.</summary>
    public static TriageBot NewBot() => new(Dialogs, ChannelRenderers.Standard, Classifier);

    /// <summary>
    /// Hand-made flows (a global.yaml and dialog files) loaded against the repository's knowledge; a load error fails
    /// the test. The schema pass is left out, so a test can hand the prover a flow only the schema would refuse.
    /// </summary>
    public static DialogSet LoadFlows(string global, params (string Path, string Text)[] dialogs)
    {
        var result = LoadDialogs([("global.yaml", global), .. dialogs], new ValidateOptions { CheckSchemas = false });
        Xunit.Assert.False(result.HasErrors, string.Join("\n", result.Errors));

        // The repository's recognizer words and English web texts with the hand-made flows (no other language).
        var errors = new ContentErrors();
        var repositoryDialogs = ContentFolder.Physical(RepositoryPaths.Dialogs);
        var englishOnly = repositoryDialogs with { Files = new EnglishOnlyFileProvider(repositoryDialogs.Files) };
        var content = LanguageFiles.Load(englishOnly, result.Content, errors, checkSchemas: false);
        Xunit.Assert.False(errors.HasErrors, string.Join("\n", errors.All));
        return content!;
    }

    /// <summary>
    /// Dialog files held in memory (named by their file name; <c>global.yaml</c> holds the settings), loaded with the
    /// repository's knowledge through the same pipeline as the bot's, checked against the repository's schemas.
    /// </summary>
    public static ValidationResult LoadDialogs(IEnumerable<(string Path, string Text)> files, ValidateOptions? options = null)
    {
        var texts = files.ToDictionary(f => Path.GetFileName(f.Path), f => f.Text, StringComparer.Ordinal);
        var repository = Repository;
        var dialogs = ContentFolder.InMemory(texts, string.Empty, "the test's dialogs", repository.Dialogs.Files);
        return ContentPipeline.Load(repository with { Dialogs = dialogs }, options ?? new ValidateOptions());
    }
}
