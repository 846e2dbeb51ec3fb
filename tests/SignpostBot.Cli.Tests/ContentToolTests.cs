namespace SignpostBot.Cli.Tests;

/// <summary>The tool's front door: help, unknown commands and a root that holds no content.</summary>
public sealed class ContentToolTests
{
    [Fact]
    public async Task Run_NoCommand_PrintsUsageAndExitsZero()
    {
        var output = new StringWriter();

        var code = await ContentTool.RunAsync([], TextReader.Null, output, TextWriter.Null);

        Assert.Equal(0, code);
        Assert.Contains("validate", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("transcript", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownCommand_ExitsTwo()
    {
        var error = new StringWriter();

        var code = await ContentTool.RunAsync(["valdate"], TextReader.Null, TextWriter.Null, error);

        Assert.Equal(2, code);
        Assert.Contains("Unknown command 'valdate'", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_RootWithoutContent_ExitsTwoSayingWhy()
    {
        var error = new StringWriter();

        var code = await ContentTool.RunAsync(["prove", "--root", Path.GetTempPath()], TextReader.Null, TextWriter.Null, error);

        Assert.Equal(2, code);
        Assert.Contains("does not hold dialogs/ and knowledge/", error.ToString(), StringComparison.Ordinal);
    }
}
