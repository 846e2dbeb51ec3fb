using System.Text.Json;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Content.Loading;

namespace SignpostBot.Cli.Commands;

/// <summary>
/// <c>transcript SCRIPT.yaml</c>: plays a conversation script through the bot and writes a Bot Framework
/// <c>.transcript</c> file: the JSON array of every activity, the person's and the bot's, that the Bot Framework
/// Emulator opens (File, Open transcript), for sharing a path with reviewers.
/// </summary>
internal static class TranscriptCommand
{
    /// <param name="resolveRoot">Finds the content, once the script is known to exist.</param>
    public static async Task<int> RunAsync(string scriptFile, string? outPath, Func<ContentRoot> resolveRoot, TextWriter output)
    {
        var scriptPath = Path.GetFullPath(scriptFile);
        if (!File.Exists(scriptPath))
        {
            throw new CliUsageException($"There is no script at {scriptPath}.");
        }

        var root = resolveRoot();
        if (LoadedContent.LoadBot(root, output) is not { } bot)
        {
            return 1;
        }

        var errors = new ContentErrors();
        var script = ScriptFile.Load(scriptPath, errors);
        if (errors.HasErrors)
        {
            foreach (var problem in errors.All)
            {
                await output.WriteLineAsync(LoadedContent.Format(root, problem));
            }

            return 1;
        }

        var conversation = new Conversation(bot, script.Channel, script.Locale, DateTimeOffset.UtcNow);
        var activities = new List<Activity>();
        foreach (var (user, name) in script.Turns)
        {
            var activity = user is not null ? conversation.Message(user) : conversation.Event(name!);
            activities.Add(activity);
            activities.AddRange(conversation.Send(activity));
        }

        var outFile = Path.GetFullPath(outPath ?? script.Name + ".transcript");
        Directory.CreateDirectory(Path.GetDirectoryName(outFile)!);
        await using (var stream = File.Create(outFile))
        {
            await using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            writer.WriteStartArray();
            foreach (var activity in activities)
            {
                JsonSerializer.Serialize(writer, activity, SchemaJsonContext.Default.Activity);
            }

            writer.WriteEndArray();
        }

        await output.WriteLineAsync($"wrote {outFile} ({activities.Count} activities). Open it in the Bot Framework Emulator: File, Open transcript.");
        return 0;
    }
}
