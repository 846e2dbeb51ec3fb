using SignpostBot.Content.Loading;
using SignpostBot.Content.Pipeline;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Rendering;

namespace SignpostBot.Cli.Commands;

/// <summary>Loads the content through the bot's own pipeline; on errors prints them (run 'validate' for the full check).</summary>
internal static class LoadedContent
{
    public static DialogSet? Load(ContentRoot root, TextWriter output) => Load(root, output, train: false)?.Content;

    /// <summary>The bot as it runs on this content, with its intent classifier trained; null (errors written) when it has errors.</summary>
    public static TriageBot? LoadBot(ContentRoot root, TextWriter output)
        => Load(root, output, train: true) is { } result ? result.BotOrThrow(ChannelRenderers.Standard) : null;

    private static ValidationResult? Load(ContentRoot root, TextWriter output, bool train)
    {
        var result = ContentPipeline.Load(ContentSources.Folders(root.Dialogs, root.Knowledge), new ValidateOptions { Train = train });
        if (result.Content is not null)
        {
            return result;
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
