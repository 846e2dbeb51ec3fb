using SignpostBot.Content.Loading;
using SignpostBot.Content.Understanding;
using SignpostBot.Dialogs.Recognizers;
using SignpostBot.Testing;

namespace SignpostBot.Content.Tests.Loading;

/// <summary>What the bot understands loads from dialogs/understanding/, one file per language, checked like every content file.</summary>
public sealed class UnderstandingLoaderTests
{
    [Fact]
    public void Load_Repository_GivesEnglishExamplesForEveryIntent()
    {
        var english = Assert.Single(TestContent.Dialogs.Understanding, u => u.Language == "en");

        Assert.All(english.Intents, i => Assert.True(i.Value.Count >= 12, $"{i.Key} has {i.Value.Count} examples; it needs at least 12."));
        Assert.Contains("disclosure.forced_work", english.Intents.Keys);
        Assert.Contains("# years old", english.AgeWords);
        Assert.Contains("social worker here", english.RoleWords[RoleHint.Professional]);
        Assert.Contains("my cousin", english.RoleWords[RoleHint.SomeoneElse]);
    }

    [Fact]
    public void Load_Repository_GivesRoleWordsInEveryLanguage()
        => Assert.All(TestContent.Dialogs.Understanding, u =>
        {
            Assert.NotEmpty(u.RoleWords[RoleHint.Professional]);
            Assert.NotEmpty(u.RoleWords[RoleHint.SomeoneElse]);
        });

    [Fact]
    public void TrainingExamples_NeverCopyTheEvaluationSet()
    {
        var errors = new ContentErrors();
        // Compared as the bot reads them (lower case, no accents, punctuation as spaces): "Who are you?" is "who are you".
        static string Read(string text) => string.Join(' ', TextNormalizer.Tokenize(TextNormalizer.Normalize(text)));
        var held = EvaluationSet.Read(RepositoryPaths.Understanding, errors).Select(m => Read(m.Text)).ToHashSet(StringComparer.Ordinal);

        // Every language: even a one-word greeting or country name shared with the set would flatter what evaluate reports.
        var copied = TestContent.Dialogs.Understanding.SelectMany(u => u.Examples).Where(e => held.Contains(Read(e.Text))).ToList();

        Assert.False(errors.HasErrors, string.Join("\n", errors.All));
        Assert.True(held.Count > 700);
        Assert.True(copied.Count == 0, "Copied from tests/understanding/: " + string.Join(", ", copied.Select(c => c.Text)));
    }

    [Fact]
    public void Load_FileNamedForAnotherLanguage_IsAnError()
    {
        var errors = Load(("dialogs/understanding/de.yaml", "version: 1\nlanguage: fr\ndrafted: a test\nreview: needed\nintents:\n  greeting: [salut]\n"));

        Assert.Contains(errors.All, e => e.Line == 2 && e.Message.Contains("fr.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MisspeltRuleList_IsAnErrorAtItsLine()
    {
        var errors = Load(("dialogs/understanding/en.yaml", "version: 1\nlanguage: en\ndrafted: a test\nreview: done\nrules:\n  dangr: [help]\nintents:\n  greeting: [hi]\n"));

        Assert.Contains(errors.All, e => e.Line == 6 && e.Message.Contains("'dangr'", StringComparison.Ordinal));
    }

    private static ContentErrors Load(params (string Path, string Text)[] files)
    {
        var errors = new ContentErrors();
        UnderstandingLoader.Load(files, TestContent.Dialogs, errors);
        return errors;
    }
}
