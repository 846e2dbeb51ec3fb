using SignpostBot.Dialogs.Content;
using SignpostBot.Content.Loading;

namespace SignpostBot.Cli.Commands;

/// <summary>Loads the content with the bot's own loaders; on errors prints them (run 'validate' for the full check).</summary>
internal static class LoadedContent
{
    public static DialogSet? Load(ContentRoot root, TextWriter output)
    {
        var errors = new ContentErrors();
        var knowledge = KnowledgeLoader.Load(root.Knowledge, errors);
        var content = knowledge is null ? null : DialogLoader.Load(root.Dialogs, knowledge, errors);
        if (content is not null)
        {
            return content;
        }

        foreach (var problem in errors.All.Where(e => e.Severity == ContentSeverity.Error))
        {
            output.WriteLine(Format(root, problem));
        }

        output.WriteLine("The content has errors, so the bot would not start. Fix them (validate lists everything) and try again.");
        return null;
    }

    public static string Format(ContentRoot root, ContentError problem) => (problem with { File = root.Show(problem.File) }).ToString();
}
