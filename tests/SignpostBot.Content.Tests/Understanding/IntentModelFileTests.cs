using SignpostBot.Content.Understanding;
using SignpostBot.Dialogs.Understanding;
using SignpostBot.Testing;

namespace SignpostBot.Content.Tests.Understanding;

/// <summary>A saved model reads back as the same classifier, and its key changes with whatever it was learnt from.</summary>
public sealed class IntentModelFileTests
{
    private static IReadOnlyList<UnderstandingExamples> Examples => TestContent.Dialogs.Understanding;

    [Fact]
    public void Load_ASavedModel_GivesTheSameScoresAsTheTrainedOne()
    {
        var trained = TestContent.Classifier!;
        using var file = new MemoryStream();
        trained.Save(file);
        file.Position = 0;

        var loaded = IntentClassifier.Load(file);

        Assert.Equal(trained.Intents, loaded.Intents);
        foreach (var text in new[] { "they took my passport and make me work for no money", "im 13 who can i talk to", "Nu mă lasă să plec de aici", "hi" })
        {
            Assert.Equal(trained.Classify(text), loaded.Classify(text));
        }
    }

    [Fact]
    public void ModelKey_SameExamplesAndSettings_IsTheSame()
        => Assert.Equal(IntentClassifier.ModelKey(Examples, ClassifierSettings.Chosen), IntentClassifier.ModelKey(Examples.ToList(), ClassifierSettings.Chosen with { }));

    [Fact]
    public void ModelKey_OneExampleChanged_Differs()
    {
        var english = Examples.Single(u => u.Language == "en");
        var (intent, texts) = english.Intents.First();
        var changed = english with { Intents = new Dictionary<string, IReadOnlyList<string>>(english.Intents) { [intent] = [.. texts.Skip(1), texts[0] + " now"] } };

        Assert.NotEqual(
            IntentClassifier.ModelKey(Examples, ClassifierSettings.Chosen),
            IntentClassifier.ModelKey(Examples.Select(u => u == english ? changed : u), ClassifierSettings.Chosen));
    }

    [Fact]
    public void ModelKey_ExampleMovedToAnotherIntent_Differs()
    {
        var english = Examples.Single(u => u.Language == "en");
        var intents = english.Intents.Keys.Take(2).ToArray();
        var moved = english.Intents[intents[0]][0];
        var changed = english with
        {
            Intents = new Dictionary<string, IReadOnlyList<string>>(english.Intents)
            {
                [intents[0]] = english.Intents[intents[0]].Skip(1).ToList(),
                [intents[1]] = [.. english.Intents[intents[1]], moved],
            },
        };

        Assert.NotEqual(
            IntentClassifier.ModelKey(Examples, ClassifierSettings.Chosen),
            IntentClassifier.ModelKey(Examples.Select(u => u == english ? changed : u), ClassifierSettings.Chosen));
    }

    [Fact]
    public void ModelKey_OtherSettings_Differs()
    {
        var key = IntentClassifier.ModelKey(Examples, ClassifierSettings.Chosen);

        Assert.NotEqual(key, IntentClassifier.ModelKey(Examples, ClassifierSettings.Chosen with { Iterations = ClassifierSettings.Chosen.Iterations + 1 }));
        Assert.NotEqual(key, IntentClassifier.ModelKey(Examples, ClassifierSettings.Chosen with { MaxNgrams = ClassifierSettings.Chosen.MaxNgrams + 1 }));
        Assert.NotEqual(key, IntentClassifier.ModelKey(Examples, ClassifierSettings.Chosen with { Regularization = ClassifierSettings.Chosen.Regularization * 2 }));
    }
}
