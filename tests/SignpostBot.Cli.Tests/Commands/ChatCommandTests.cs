namespace SignpostBot.Cli.Tests.Commands;

/// <summary>'chat' driven through standard input: numbered buttons, the same engine and content as the bot.</summary>
public sealed class ChatCommandTests
{
    [Fact]
    public async Task Chat_NumbersPickButtons_ReachesTheCountrysHelpline()
    {
        var (code, output, _) = await CliRun.RunAsync("1\n2\nRomania\n", "chat");

        Assert.Equal(0, code);
        Assert.Contains("bot> Who are you looking for help for?", output, StringComparison.Ordinal);
        Assert.Contains("     1. For me", output, StringComparison.Ordinal);
        Assert.Contains("(tapped \"For me\")", output, StringComparison.Ordinal);
        Assert.Contains("Are you in danger right now?", output, StringComparison.Ordinal);
        Assert.Contains("(tapped \"No\")", output, StringComparison.Ordinal);
        Assert.Contains("[Call 0800 800 678] tel:+40800800678", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_DangerWords_ShowTheEmergencyNumberFirst()
    {
        var (_, output, _) = await CliRun.RunAsync("I am in danger\n", "chat");

        var afterInput = output[output.IndexOf("you> ", StringComparison.Ordinal)..];
        Assert.Contains("Your safety comes first", afterInput, StringComparison.Ordinal);
        Assert.Contains("tel:999", afterInput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_Stop_EndsAndForgets()
    {
        var (_, output, _) = await CliRun.RunAsync("stop\n", "chat", "--channel", "webchat", "--locale", "en-GB");

        Assert.Contains("forgotten", output, StringComparison.Ordinal);
        Assert.Contains("(the bot has ended this chat", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_TeamsChannel_ShowsAdaptiveCardTextAndNumbersItsButtons()
    {
        var (code, output, _) = await CliRun.RunAsync("1\n", "chat", "--channel", "msteams");

        Assert.Equal(0, code);
        Assert.Contains("     | What would you like help with?", output, StringComparison.Ordinal);
        Assert.Contains("     1. A child may be trafficked", output, StringComparison.Ordinal);
        Assert.Contains("(tapped \"A child may be trafficked\")", output, StringComparison.Ordinal);
        Assert.Contains("     | Call 08000 121 700", output, StringComparison.Ordinal);
    }
}
