using SignpostBot.Testing;

namespace SignpostBot.Cli.Tests.Commands;

/// <summary>'validate' on the repository (what CI relies on) and on a broken copy.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private readonly ContentCopy _copy = new();

    [Fact]
    public async Task Validate_RepositoryContent_ExitsZero()
    {
        var (code, output, _) = await CliRun.RunAsync(string.Empty, "validate", "--seed", RepositoryPaths.Seed);

        Assert.True(code == 0, output);
        Assert.Contains("validate: OK", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MistypedNumber_ExitsOneNamingFileLineAndColumn()
    {
        var line = _copy.Replace("knowledge/countries.yaml", "\"0800 800 678\"", "\"0800 800 6789 1\"");

        var (code, output, _) = await CliRun.RunAsync(string.Empty, "validate", "--root", _copy.Root, "--no-seed");

        Assert.Equal(1, code);
        Assert.Matches($@"knowledge[/\\]countries\.yaml\({line},\d+\): error: .*0800 800 6789 1", output);
    }

    [Fact]
    public async Task Validate_OnlyWarnings_ExitsZero()
    {
        _copy.Replace("knowledge/international.yaml", "verified: 2026-11-29", "verified: 2020-01-01");

        var (code, output, _) = await CliRun.RunAsync(string.Empty, "validate", "--root", _copy.Root, "--no-seed", "--today", "2026-11-30");

        Assert.Equal(0, code);
        Assert.Contains("warning: 'intl-116000' was last verified on 2020-01-01", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_Checklist_WritesWhatIsStillUncheckedIntoTheKnowledgeReadme()
    {
        var readme = _copy.PathOf("knowledge/README.md");
        File.WriteAllText(readme, File.ReadAllText(readme).Replace("(`at-lefoe-ibf`)", "(`stale`)", StringComparison.Ordinal));

        var (code, output, _) = await CliRun.RunAsync(string.Empty, "validate", "--root", _copy.Root, "--no-seed", "--checklist");

        Assert.Equal(0, code);
        Assert.Contains("checklist: written to", output, StringComparison.Ordinal);
        Assert.Contains("| Austria | Intervention Centre for Victims of Trafficking in Women (`at-lefoe-ibf`) |", File.ReadAllText(readme), StringComparison.Ordinal);
        Assert.DoesNotContain("(`stale`)", File.ReadAllText(readme), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_BadOption_ExitsTwoWithUsage()
    {
        var (code, _, error) = await CliRun.RunAsync(string.Empty, "validate", "--max-age", "soon");

        Assert.Equal(2, code);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
    }

    public void Dispose() => _copy.Dispose();
}
