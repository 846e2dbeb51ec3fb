namespace SignpostBot.Cli.Tests.Commands;

/// <summary>'evaluate' over the held-out set and 'explain' on one message, on the repository's content.</summary>
public sealed class UnderstandingCommandTests
{
    [Fact]
    public async Task Evaluate_Repository_ReportsTheFiguresCiHoldsAndEveryIntent()
    {
        var (code, output, _) = await CliRun.RunAsync(string.Empty, "evaluate");

        Assert.True(code == 0, output);
        Assert.Contains("801 messages", output, StringComparison.Ordinal);
        foreach (var figure in new[] { "danger recall", "self-harm recall", "innocent false alarm", "role accuracy", "country accuracy", "first-message help" })
        {
            Assert.Matches(figure + @"\s+[01]\.\d\d", output);
        }

        Assert.Matches(@"professional\.duty_to_notify\s+\d+", output);
    }

    [Fact]
    public async Task Explain_SelfHarmWithAnAge_NamesTheRuleAndTheAge()
    {
        var (code, output, _) = await CliRun.RunAsync(string.Empty, "explain", "im 14 and i want to end it all");

        Assert.True(code == 0, output);
        Assert.Contains("self-harm  yes", output, StringComparison.Ordinal);
        Assert.Contains("age        14 (under 18)", output, StringComparison.Ordinal);
        Assert.Contains("rule: self-harm phrase", output, StringComparison.Ordinal);
    }
}
