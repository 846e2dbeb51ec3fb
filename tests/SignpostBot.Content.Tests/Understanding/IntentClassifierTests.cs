using SignpostBot.Content.Understanding;
using SignpostBot.Dialogs.Understanding;
using SignpostBot.Testing;

namespace SignpostBot.Content.Tests.Understanding;

/// <summary>The intent classifier trained from dialogs/understanding/: deterministic, with scores, reading misspellings.</summary>
public sealed class IntentClassifierTests
{
    private static IntentClassifier Classifier => HeldOutEvaluation.Classifier;

    [Theory]
    [InlineData("my manager has kept my pasport and wont give it bak", "disclosure.documents_taken")]
    [InlineData("what's the phone number to ring", "question.number")]
    [InlineData("whats an independent child trafficking guardian for", "professional.ictg")]
    public void Classify_UnseenMessage_GivesItsIntentFirst(string text, string intent)
    {
        var scores = Classifier.Classify(text);

        Assert.Equal(intent, scores[0].Intent);
        Assert.InRange(scores.Sum(s => s.Score), 0.99f, 1.01f);
    }

    [Fact]
    public void Train_SameExamples_GivesTheSameScores()
    {
        var again = IntentClassifier.Train(TestContent.Dialogs.Understanding)!;
        const string text = "they dont pay me and i sleep in the shop";

        Assert.Equal(Classifier.Classify(text), again.Classify(text));
    }

    [Fact]
    public void Classify_ATrainingExample_GivesItsOwnIntentFirst()
    {
        // The model fits its own examples: an underfit model (an earlier SDCA) gave a training example 0.16.
        var example = TestContent.Dialogs.Understanding.Single(u => u.Language == "en").Intents["disclosure.documents_taken"][0];

        var best = Classifier.Classify(example)[0];

        Assert.Equal("disclosure.documents_taken", best.Intent);
        Assert.True(best.Score >= 0.5f, $"{best.Score}");
    }

    [Fact]
    public void CrossValidate_GivesAccuraciesAndATime()
    {
        var few = new UnderstandingExamples
        {
            Language = "en",
            Location = new SignpostBot.Knowledge.Model.SourceLocation("en.yaml", 1, 1),
            Intents = new Dictionary<string, IReadOnlyList<string>>
            {
                ["greeting"] = ["hi", "hello", "hey there", "good morning", "hiya", "hello hello"],
                ["question.number"] = ["what is the number", "phone number please", "who do i call", "number pls", "helpline number", "what number"],
            },
        };

        var result = IntentClassifier.CrossValidate([few], ClassifierSettings.Chosen, folds: 2);

        Assert.InRange(result.MicroAccuracy, 0, 1);
        Assert.InRange(result.MacroAccuracy, 0, 1);
        Assert.True(result.TrainingTime > TimeSpan.Zero);
    }

    [Fact]
    public void Classify_Empty_GivesNothing() => Assert.Empty(Classifier.Classify("  "));
}
