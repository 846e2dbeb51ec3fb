using SignpostBot.Content.Loading;

namespace SignpostBot.Testing.Conversations;

/// <summary>
/// A conversation test written in the content's own dialect (<c>tests/conversations/*.yaml</c>): what the person
/// sends each turn and what the bot must say, offer and let them call.
/// </summary>
internal sealed record ConversationScript(string Name, string Title, string Channel, string? Locale, IReadOnlyList<ScriptTurn> Turns)
{
    /// <summary>The file names of every script, for a theory that runs them all so none is left out.</summary>
    public static IReadOnlyList<string> Files { get; } = Directory.GetFiles(RepositoryPaths.Conversations, "*.yaml")
        .Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal).ToArray();

    public static ConversationScript LoadFile(string fileName) => Load(Path.Combine(RepositoryPaths.Conversations, fileName));

    public static ConversationScript Load(string path)
    {
        var errors = new ContentErrors();
        var root = YamlContentFile.Parse(path, File.ReadAllText(path), errors);
        var turns = new List<ScriptTurn>();
        foreach (var map in root?.Maps("turns", required: true) ?? [])
        {
            turns.Add(new ScriptTurn(
                map.Line,
                map.Text("user"),
                map.Text("event"),
                map.Strings("bot"),
                map.Strings("notBot"),
                map.Has("buttons") ? map.Strings("buttons") : null,
                map.Strings("calls"),
                map.Text("firstCall"),
                map.Flag("ended") ?? false,
                map.Flag("silent") ?? false,
                map.Text("tap")));
            map.RejectUnknownKeys();
            if (new[] { turns[^1].User, turns[^1].Event, turns[^1].Tap }.Count(v => v is not null) != 1)
            {
                errors.Add(path, map.Start, "A turn needs exactly one of 'user', 'event' or 'tap'.");
            }
        }

        var script = new ConversationScript(
            Path.GetFileNameWithoutExtension(path),
            root?.Text("title", required: true) ?? string.Empty,
            root?.Text("channel") ?? "test",
            root?.Text("locale"),
            turns);
        root?.RejectUnknownKeys();
        errors.ThrowIfAny();
        return script;
    }
}

/// <summary>One turn: the person's message (or a channel event) and what the replies must hold.</summary>
/// <param name="Bot">Texts that must appear in the replies, in this order.</param>
/// <param name="NotBot">Texts that must not appear.</param>
/// <param name="Buttons">The titles of the last reply's buttons, exactly.</param>
/// <param name="Calls">tel: links that must be on the replies' call buttons.</param>
/// <param name="FirstCall">The first call button of the turn (the emergency number, when danger is mentioned).</param>
/// <param name="Tap">The title of a button on the previous turn's last reply, tapped as the channel would send it.</param>
internal sealed record ScriptTurn(
    int Line,
    string? User,
    string? Event,
    IReadOnlyList<string> Bot,
    IReadOnlyList<string> NotBot,
    IReadOnlyList<string>? Buttons,
    IReadOnlyList<string> Calls,
    string? FirstCall,
    bool Ended,
    bool Silent,
    string? Tap = null);
