using SignpostBot.Content.Loading;
using SignpostBot.Content.Pipeline;
using SignpostBot.Dialogs.Content;

namespace SignpostBot.Cli.Commands;

/// <summary>Loads the content through the bot's own pipeline; on errors prints them (run 'validate' for the full check).</summary>
internal static class LoadedContent
{
    public static DialogSet? Load(ContentRoot root, TextWriter output)
    {
        var result = ContentPipeline.Load(ContentSources.Folders(root.Dialogs, root.Knowledge), new ValidateOptions());
        if (result.Content is { } content)
        {
            return content;
        }

        foreach (var problem in result.Errors)
        {
            output.WriteLine(Format(root, problem));
        }

        output.WriteLine("The content has errors, so the bot would not start. Fix them (validate lists everything) and try again.");
        return null;
    }

    public static string Format(ContentRoot root, ContentError problem) => (problem with { File = root.Show(problem.File) }).ToString();
}
