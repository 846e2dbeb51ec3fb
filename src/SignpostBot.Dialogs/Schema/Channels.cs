namespace SignpostBot.Dialogs.Schema;

/// <summary>The Bot Framework channel ids the bot treats differently (<c>activity.channelId</c>).</summary>
public static class Channels
{
    /// <summary>Microsoft Teams: Adaptive Cards, @mentions, install events, the <c>channels.msteams</c> settings of global.yaml.</summary>
    public const string MsTeams = "msteams";

    /// <summary>Web Chat, as Azure's Web Chat channel and the bot's built-in Direct Line send it: hero cards with <c>tel:</c> call buttons.</summary>
    public const string WebChat = "webchat";

    /// <summary>
    /// The property of an Adaptive Card button's <c>data</c> that Teams reads (<c>messageBack</c>, <c>imBack</c>): a
    /// tapped button sends its <c>text</c> as the message. The same word as the channel id, a different thing.
    /// </summary>
    public const string TeamsCardData = "msteams";
}
