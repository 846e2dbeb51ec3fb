using SignpostBot.Content.Understanding;
using SignpostBot.Testing;

namespace SignpostBot.Content.Tests.Understanding;

/// <summary>The intent classifier trained from dialogs/understanding/: deterministic, with scores, reading misspellings.</summary>
public sealed class IntentClassifierTests
{
    private static readonly Lazy<IntentClassifier> Classifier = new(() => IntentClassifier.Train(TestContent.Dialogs.Understanding)!);

    [Theory]
    [InlineData("my manager has kept my pasport and wont give it bak", "disclosure.documents_taken")]
    [InlineData("what's the phone number to ring", "question.number")]
    [InlineData("whats an independent child trafficking guardian for", "professional.ictg")]
    public void Classify_UnseenMessage_GivesItsIntentFirst(string text, string intent)
    {
        var scores = Classifier.Value.Classify(text);

        Assert.Equal(intent, scores[0].Intent);
        Assert.InRange(scores.Sum(s => s.Score), 0.99f, 1.01f);
    }

    [Fact]
    public void Train_SameExamples_GivesTheSameScores()
    {
        var again = IntentClassifier.Train(TestContent.Dialogs.Understanding)!;
        const string text = "they dont pay me and i sleep in the shop";

        Assert.Equal(Classifier.Value.Classify(text), again.Classify(text));
    }

    [Fact]
    public void Classify_Empty_GivesNothing() => Assert.Empty(Classifier.Value.Classify("  "));
}
