namespace SignpostBot.Cli.Tests.Commands;

/// <summary>'graph' writes the Mermaid page and, with Graphviz (installed by .ci/run), the SVG.</summary>
public sealed class GraphCommandTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "signpost-graph-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Graph_RepositoryFlows_WritesMermaidMarkdownAndSvg()
    {
        var (code, output, _) = await CliRun.RunAsync(string.Empty, "graph", "--out", _out);

        Assert.True(code == 0, output);
        var markdown = await File.ReadAllTextAsync(Path.Combine(_out, "flows.md"));
        Assert.Contains("```mermaid", markdown, StringComparison.Ordinal);
        Assert.Contains("Who are you looking for help for?", markdown, StringComparison.Ordinal);
        var svg = await File.ReadAllTextAsync(Path.Combine(_out, "flows.svg"));
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("Who are you looking", svg, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }
}
