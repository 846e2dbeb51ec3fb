using SignpostBot.Content.Pipeline;

namespace SignpostBot.Cli.Commands;

/// <summary>
/// <c>prepare</c>: checks and proves the content as the bot does at start, trains the intent classifier, and writes both
/// into a folder the bot reads at start (<see cref="PreparedContent"/>). <c>src/SignpostBot</c>'s build runs it.
/// </summary>
internal static class PrepareCommand
{
    public static int Run(ContentRoot root, string folder, TextWriter output)
    {
        var full = Path.GetFullPath(folder);
        var result = PreparedContent.Prepare(ContentSources.Folders(root.Dialogs, root.Knowledge), full);
        if (result.HasErrors)
        {
            foreach (var problem in result.Errors)
            {
                output.WriteLine(LoadedContent.Format(root, problem));
            }

            output.WriteLine($"prepare: the content has errors, so nothing was prepared in {full}; the bot will report them at start. Fix them (validate lists everything).");
            return 1;
        }

        var model = result.Classifier is { } classifier
            ? $"the intent classifier ({classifier.Intents.Count} intents, trained in {classifier.TrainingTime.TotalSeconds:0.0} s)"
            : "no intent classifier (fewer than two intents)";
        output.WriteLine($"prepare: the content is checked and proved; {model}; written to {full}.");
        return 0;
    }
}
