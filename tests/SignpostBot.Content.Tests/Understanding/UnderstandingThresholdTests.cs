using System.Globalization;
using SignpostBot.Content.Understanding;
using Xunit.Abstractions;

namespace SignpostBot.Content.Tests.Understanding;

/// <summary>
/// The understanding figures CI holds (issue 13), measured by evaluate's own code over the held-out set in
/// tests/understanding: role accuracy at least 0.92 and country accuracy at least 0.97 (as tests/understanding/README.md
/// measures them), and first-message help at least 0.95. Each fails with its mistakes listed. The stricter figures
/// beside them (role over every message, unknown included; country with every country read) and intent accuracy have
/// floors at what they are today, so a change that makes them worse fails too. Measuring here tunes nothing.
/// </summary>
public sealed class UnderstandingThresholdTests(ITestOutputHelper output)
{
    private static EvaluationReport Report => HeldOutEvaluation.Report;

    [Fact]
    public void RoleAccuracy_IsAtLeast92Percent()
        => Assert.True(Report.RoleAccuracy >= 0.92, Failed("role accuracy", Report.RoleAccuracy, Report.RoleMistakes));

    [Fact]
    public void CountryAccuracy_IsAtLeast97Percent()
        => Assert.True(Report.CountryAccuracy >= 0.97, Failed("country accuracy", Report.CountryAccuracy, Report.CountryMistakes));

    [Fact]
    public void FirstMessageHelp_IsAtLeast95Percent()
        => Assert.True(Report.FirstMessageHelp >= 0.95, Failed("first-message help", Report.FirstMessageHelp, Report.HelpMistakes));

    [Fact]
    public void StricterFigures_StayAtOrAboveTodaysFloors()
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"role (every message) {Report.RoleAccuracyAll:0.000}, country (every country read) {Report.CountryAccuracyAll:0.000}, intent {Report.IntentAccuracy:0.000}, understood {Report.Understood:0.000}"));

        Assert.True(Report.RoleAccuracyAll >= 0.86, Failed("role accuracy over every message (floor 0.86)", Report.RoleAccuracyAll, Report.RoleMistakes));
        Assert.True(Report.CountryAccuracyAll >= 0.96, Failed("country accuracy with every country read (floor 0.96)", Report.CountryAccuracyAll, Report.CountryMistakes));
        Assert.True(Report.IntentAccuracy >= 0.67, $"intent accuracy {Report.IntentAccuracy:0.000} < 0.67");
        Assert.True(Report.Understood >= 0.98, $"understood {Report.Understood:0.000} < 0.98");
    }

    private static string Failed(string figure, double value, IEnumerable<string> mistakes)
        => string.Create(CultureInfo.InvariantCulture, $"{figure} {value:0.000}:\n{string.Join('\n', mistakes)}");
}
