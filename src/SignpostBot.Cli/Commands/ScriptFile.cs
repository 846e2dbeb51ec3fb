using SignpostBot.Content.Loading;

namespace SignpostBot.Cli.Commands;

/// <summary>
/// A conversation script in the dialect of <c>tests/conversations/*.yaml</c>: what the person sends each turn. The
/// expectations (<c>bot</c>, <c>buttons</c>, <c>calls</c>…) are for the tests; a transcript records what really happens.
/// </summary>
internal sealed record ScriptFile(string Name, string Channel, string? Locale, IReadOnlyList<(string? User, string? Event)> Turns)
{
    private static readonly string[] Expectations = ["bot", "notBot", "buttons", "calls", "firstCall", "ended", "silent"];

    public static ScriptFile Load(string path, ContentErrors errors)
    {
        var root = YamlContentFile.Parse(path, File.ReadAllText(path), errors);
        var turns = new List<(string?, string?)>();
        foreach (var map in root?.Maps("turns", required: true) ?? [])
        {
            var user = map.Text("user");
            var name = map.Text("event");
            if (user is null == (name is null))
            {
                errors.Add(path, map.Start, "A turn needs exactly one of 'user' or 'event'.");
            }

            map.RejectUnknownKeys(Expectations);
            turns.Add((user, name));
        }

        var script = new ScriptFile(Path.GetFileNameWithoutExtension(path), root?.Text("channel") ?? "test", root?.Text("locale"), turns);
        _ = root?.Text("title"); // read only so RejectUnknownKeys accepts it
        root?.RejectUnknownKeys();
        return script;
    }
}
