namespace SignpostBot.Cli.Tests;

/// <summary>The command line: a command, positional arguments and --name value options.</summary>
public sealed class CliArgumentsTests
{
    [Fact]
    public void Parse_CommandOptionsAndPositional_AllRead()
    {
        var args = CliArguments.Parse(["transcript", "a.yaml", "--out", "x.transcript", "--no-seed", "--max-age=30"]);

        Assert.Equal("transcript", args.Command);
        Assert.Equal(["a.yaml"], args.Positional);
        Assert.Equal("x.transcript", args.Option("out"));
        Assert.Equal("true", args.Option("no-seed"));
        Assert.Equal(30, args.Number("max-age"));
        Assert.Null(args.Option("root"));
    }

    [Theory]
    [InlineData("max-turns", "many")]
    [InlineData("max-turns", "-1")]
    public void Number_NotAWholeNumber_IsAUsageError(string name, string value)
    {
        Assert.Throws<CliUsageException>(() => CliArguments.Parse(["prove", "--" + name, value]).Number(name));
    }

    [Fact]
    public void Date_NotIsoDate_IsAUsageError()
    {
        Assert.Throws<CliUsageException>(() => CliArguments.Parse(["validate", "--today", "29/11/2026"]).Date("today"));
    }
}
