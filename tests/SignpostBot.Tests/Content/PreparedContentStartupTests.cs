using Microsoft.Extensions.DependencyInjection;
using SignpostBot.Content;
using SignpostBot.Content.Loading;
using SignpostBot.Content.Pipeline;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Testing;

namespace SignpostBot.Tests.Content;

/// <summary>
/// What the build prepared (<see cref="PreparedContent"/>: the proof and the saved classifier) is used only for the
/// content it was made from: an edited file is checked and proved at start again, and changed examples are trained on
/// rather than answered with a model learnt from the old ones.
/// </summary>
public sealed class PreparedContentStartupTests : IDisposable
{
    // Prepared once from an unchanged copy; a copy at another root has the same fingerprint (paths are relative).
    private static readonly Lazy<string> Prepared = new(() =>
    {
        using var pristine = new ContentCopy();
        var folder = Path.Combine(Path.GetTempPath(), "signpost-prepared-" + Guid.NewGuid().ToString("N"));
        var result = PreparedContent.Prepare(ContentSources.Folders(pristine.Dialogs, pristine.Knowledge), folder);
        Assert.False(result.HasErrors);
        return folder;
    });

    private readonly ContentCopy _copy = new();

    public PreparedContentStartupTests()
    {
        var into = Path.Combine(_copy.Root, PreparedContent.FolderName);
        Directory.CreateDirectory(into);
        foreach (var file in Directory.GetFiles(Prepared.Value))
        {
            File.Copy(file, Path.Combine(into, Path.GetFileName(file)));
        }
    }

    [Fact]
    public void Start_PreparedContent_ServesWithTheSavedClassifier()
    {
        using var host = new BotFactory().With("Bot:ContentRoot", _copy.Root);
        using var client = host.CreateClient();

        var bot = host.Services.GetRequiredService<BotContentHolder>().BuiltIn.Bot;

        Assert.True(PreparedContent.Read(Path.Combine(_copy.Root, PreparedContent.FolderName))!.Proves(ContentSources.Folders(_copy.Dialogs, _copy.Knowledge)));
        Assert.NotNull(bot.Classifier);
        Assert.Same(host.Services.GetRequiredService<SavedIntentModel>().ReadyFor(bot.Content), bot.Classifier);
    }

    [Fact]
    public async Task Start_AnExampleChangedAfterTheBuild_TrainsOnTheNewExamplesInsteadOfUsingTheSavedModel()
    {
        _copy.Replace("dialogs/understanding/en.yaml", "    - they took my passport\n", "    - they took my passport and my phone\n");
        using var host = new BotFactory().With("Bot:ContentRoot", _copy.Root);
        using var client = host.CreateClient();

        var bot = host.Services.GetRequiredService<BotContentHolder>().BuiltIn.Bot;
        var saved = host.Services.GetRequiredService<SavedIntentModel>();

        Assert.Null(await saved.ForAsync(bot.Content));
        Assert.NotNull(bot.Classifier);
        Assert.Contains(bot.Content.Understanding.Single(u => u.Language == "en").Examples, e => e.Text == "they took my passport and my phone");
    }

    [Fact]
    public void Start_AFlowBrokenAfterTheBuild_IsProvedAtStartAndFails()
    {
        var line = _copy.Replace("dialogs/main.yaml", "when: { role: professional }", "when: { role: public }");
        using var host = new BotFactory().With("Bot:ContentRoot", _copy.Root);

        var ex = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        var load = Assert.IsType<ContentLoadException>(ex.GetBaseException());
        Assert.Contains(load.Errors, e => e.File.EndsWith("main.yaml", StringComparison.Ordinal) && e.Line < line && e.Message.Contains("'professional' to step 'who' leads nowhere", StringComparison.Ordinal));
    }

    [Fact]
    public void Start_ADamagedModelFile_TrainsAndServes()
    {
        File.WriteAllText(Path.Combine(_copy.Root, PreparedContent.FolderName, PreparedContent.ModelFile), "not a model");
        using var host = new BotFactory().With("Bot:ContentRoot", _copy.Root);
        using var client = host.CreateClient();

        var bot = host.Services.GetRequiredService<BotContentHolder>().BuiltIn.Bot;

        Assert.NotNull(bot.Classifier);
        Assert.Null(host.Services.GetRequiredService<SavedIntentModel>().ReadyFor(bot.Content));
    }

    public void Dispose() => _copy.Dispose();
}
