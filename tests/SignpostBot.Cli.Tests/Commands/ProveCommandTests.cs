using SignpostBot.Testing;

namespace SignpostBot.Cli.Tests.Commands;

/// <summary>'prove' on the repository (what CI relies on) and with a stricter maximum.</summary>
public sealed class ProveCommandTests
{
    [Fact]
    public async Task Prove_RepositoryFlows_ReportsTimeToHelpPerBranchAndExitsZero()
    {
        var (code, output, _) = await CliRun.RunAsync(string.Empty, "prove");

        Assert.True(code == 0, output);
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("victim: fewest 0 turns, most 4 turns", lines);
        Assert.Contains(lines, l => l.StartsWith("public: fewest ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("professional: fewest ", StringComparison.Ordinal));
        Assert.Contains("prove: OK.", lines);
    }

    [Fact]
    public async Task Prove_MaximumBelowTheLongestPath_ExitsOneNamingTheLine()
    {
        var (code, output, _) = await CliRun.RunAsync(string.Empty, "prove", "--max-turns", "2");

        Assert.Equal(1, code);
        Assert.Matches(@"dialogs[/\\]victim\.yaml\(\d+,1\): error: A person needs 4 turns", output);
    }
}
