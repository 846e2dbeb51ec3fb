using SignpostBot.Knowledge.Model;

namespace SignpostBot.Dialogs.Content;

/// <summary>
/// <c>dialogs/global.yaml</c> <c>firstMessage</c>: what the first reply shows when the opening question of a flow gets a
/// message in the person's own words, by what it was understood to be. The first reply that fits is used.
/// </summary>
/// <param name="MinScore">The classifier score (0 to 1) the best intent needs before a reply that names intents is used.</param>
public sealed record FirstMessageSettings(float MinScore, IReadOnlyList<FirstMessageReply> Replies)
{
    public static readonly FirstMessageSettings None = new(1f, []);
}

/// <summary>
/// One kind of first message and its reply. Every condition given must hold: the best intent is one of
/// <see cref="Intents"/> (a name, or a family such as <c>disclosure</c>) at or above the minimum score, the role read
/// is one of <see cref="Roles"/>, the person at risk is under 18, a country was named.
/// </summary>
/// <param name="Role">The answer it gives to "who is the help for" (victim, public, professional), or null.</param>
/// <param name="Say">Said first (an answer to a question about privacy or the bot), or null.</param>
/// <param name="Answer">Show the intent's answer from <c>knowledge/answers.yaml</c>; <paramref name="Signpost"/> only when there is none.</param>
public sealed record FirstMessageReply(
    string Id,
    IReadOnlyList<string> Intents,
    IReadOnlyList<string> Roles,
    bool? Under18,
    bool? Country,
    string? Role,
    string? Say,
    ChannelTexts OnChannel,
    bool Answer,
    Signpost? Signpost,
    SourceLocation Location)
{
    /// <summary>Whether an intent is one this reply names: the name itself, or a family (<c>disclosure</c> covers <c>disclosure.debt_bondage</c>).</summary>
    public bool Names(string intent)
    {
        foreach (var name in Intents)
        {
            if (string.Equals(intent, name, StringComparison.Ordinal)
                || (intent.Length > name.Length && intent[name.Length] == '.' && intent.StartsWith(name, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
