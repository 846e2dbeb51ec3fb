using System.Text;

namespace SignpostBot.Testing.Load;

/// <summary>One turn a simulated person sends, and what the reply must contain (UTF-8 JSON text) to count as right.</summary>
public sealed record ScriptedTurn(string Text, string Expect)
{
    public byte[] ExpectUtf8 { get; } = Encoding.UTF8.GetBytes(Expect);
}

/// <summary>The 4-turn path a person needing help for themselves walks: welcome → what is happening, in their own words (help at once) → not in danger → Romania → hotline.</summary>
public static class VictimPath
{
    public static IReadOnlyList<ScriptedTurn> ForSignpostBot { get; } =
    [
        new("hi", "Who are you looking for help for?"),
        // A first message in the person's own words: read by the interpreter (rules and classifier), help in the reply.
        new("they took my passport and make me work for no money", "08000 121 700"),
        new("no", "Which country are you in now?"),
        new("Romania", "0800 800 678"),
    ];

    /// <summary>The same texts, checked only for a well-formed expectReplies answer (the bare ceiling knows no flow).</summary>
    public static IReadOnlyList<ScriptedTurn> ForCeiling { get; } =
        ForSignpostBot.Select(t => new ScriptedTurn(t.Text, "\"activities\":[{")).ToList();

    /// <summary>An activity as a channel posts it, asking for the replies in the response.</summary>
    public static byte[] RequestBody(string conversationId, int turn, string text) => Encoding.UTF8.GetBytes(
        "{\"type\":\"message\",\"id\":\"" + turn + "\",\"channelId\":\"load\",\"deliveryMode\":\"expectReplies\","
        + "\"serviceUrl\":\"http://127.0.0.1:9/\",\"conversation\":{\"id\":\"" + conversationId + "\"},"
        + "\"from\":{\"id\":\"person\",\"role\":\"user\"},\"recipient\":{\"id\":\"bot\",\"role\":\"bot\"},"
        + "\"locale\":\"en-GB\",\"text\":\"" + text + "\"}");
}
