namespace SignpostBot.Dialogs.Schema;

/// <summary>The Bot Framework channel ids the bot treats differently (<c>activity.channelId</c>).</summary>
public static class Channels
{
    /// <summary>Microsoft Teams: Adaptive Cards, @mentions, install events, the <c>channels.msteams</c> settings of global.yaml.</summary>
    public const string MsTeams = "msteams";
}
