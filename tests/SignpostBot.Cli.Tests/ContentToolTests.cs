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
        Assert.Contains("'valdate'", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("prove", "--max-turns", "many", "--max-turns needs a whole number, not 'many'.")]
    [InlineData("prove", "--max-turns", "-1", "--max-turns needs a whole number, not '-1'.")]
    [InlineData("validate", "--today", "29/11/2026", "--today needs a date like 2026-11-29, not '29/11/2026'.")]
    [InlineData("validate", "--max-age=many", null, "--max-age needs a whole number, not 'many'.")]
    public async Task Run_OptionValueOfTheWrongKind_ExitsTwoSayingWhatToType(string command, string option, string? value, string message)
    {
        var error = new StringWriter();
        string[] args = value is null ? [command, option] : [command, option, value];

        var code = await ContentTool.RunAsync(args, TextReader.Null, TextWriter.Null, error);

        Assert.Equal(2, code);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_CommandHelp_ListsItsOptionsAndExitsZero()
    {
        var output = new StringWriter();

        var code = await ContentTool.RunAsync(["validate", "--help"], TextReader.Null, output, TextWriter.Null);

        Assert.Equal(0, code);
        Assert.Contains("--no-seed", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("--root", output.ToString(), StringComparison.Ordinal);
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
