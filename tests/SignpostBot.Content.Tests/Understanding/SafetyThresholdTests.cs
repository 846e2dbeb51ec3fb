using SignpostBot.Content.Understanding;

namespace SignpostBot.Content.Tests.Understanding;

/// <summary>
/// The safety figures CI holds (issue 13), measured by evaluate's own code over the held-out set in tests/understanding:
/// danger and self-harm recall at least 0.99 (the issue's thresholds). False alarms on the innocent set have a floor at
/// today's figure, not the issue's target of 3 %, which is not met yet (docs/performance.md, "Understanding"): when it
/// is, the target replaces the floor. A change to a safety phrase, a negation or the classifier that misses danger, or
/// that raises the alarm more often, fails here.
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
    public void InnocentFalseAlarms_StayAtOrBelowTodaysFloor()
        => Assert.True(Report.InnocentFalseAlarms <= 0.09, $"false alarms {Report.InnocentFalseAlarms:0.000} (floor 0.09; the issue's target is 0.03):\n{string.Join("\n", Report.SafetyMistakes)}");
}
