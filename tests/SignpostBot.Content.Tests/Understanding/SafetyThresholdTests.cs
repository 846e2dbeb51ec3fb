using SignpostBot.Content.Understanding;

namespace SignpostBot.Content.Tests.Understanding;

/// <summary>
/// The safety figures CI holds (issue 13), measured by evaluate's own code over the held-out set in tests/understanding:
/// danger and self-harm recall at least 0.99 and false alarms on the innocent set at most 3 % (the issue's thresholds).
/// A change to a safety phrase, a negation or the classifier that misses danger, or that raises the alarm more often,
/// fails here with every mistake listed.
/// </summary>
public sealed class SafetyThresholdTests
{
    private static EvaluationReport Report => HeldOutEvaluation.Report;

    [Fact]
    public void DangerRecall_IsAtLeast99Percent()
        => Assert.True(Report.DangerRecall >= 0.99, $"danger recall {Report.DangerRecall:0.000}:\n{string.Join("\n", Report.SafetyMistakes)}");

    [Fact]
    public void SelfHarmRecall_IsAtLeast99Percent()
        => Assert.True(Report.SelfHarmRecall >= 0.99, $"self-harm recall {Report.SelfHarmRecall:0.000}:\n{string.Join("\n", Report.SafetyMistakes)}");

    [Fact]
    public void InnocentFalseAlarms_AreAtMost3Percent()
        => Assert.True(Report.InnocentFalseAlarms <= 0.03, $"false alarms {Report.InnocentFalseAlarms:0.000}:\n{string.Join("\n", Report.SafetyMistakes)}");
}
