using SignpostBot.Content.Analysis;

namespace SignpostBot.Cli.Commands;

/// <summary><c>prove</c>: time to help per branch, then any path that breaks a rule, with its file and line.</summary>
internal static class ProveCommand
{
    public static int Run(ContentRoot root, int maxTurns, TextWriter output)
    {
        if (LoadedContent.LoadBot(root, output) is not { } bot)
        {
            return 1;
        }

        var report = FlowProver.Prove(bot.Content, new ProveOptions { MaxTurns = maxTurns }, bot.Classifier);
        foreach (var line in report.Lines())
        {
            output.WriteLine(line);
        }

        foreach (var miss in report.FreeText?.Misses ?? [])
        {
            output.WriteLine("  no number in the first reply: " + miss);
        }

        foreach (var problem in report.Problems)
        {
            output.WriteLine(LoadedContent.Format(root, problem));
        }

        // Every path again in each other language the bot offers, tapping that language's own buttons.
        var failed = report.HasErrors;
        foreach (var (language, inLanguage) in FlowProver.ProveEveryLanguage(bot.Content, new ProveOptions { MaxTurns = maxTurns }))
        {
            output.WriteLine($"{language}: {string.Join("; ", inLanguage.Branches)}");
            foreach (var problem in inLanguage.Problems)
            {
                output.WriteLine($"{language}: {LoadedContent.Format(root, problem)}");
            }

            failed |= inLanguage.HasErrors;
        }

        output.WriteLine(failed ? "prove: FAILED. Fix the problems above." : "prove: OK.");
        return failed ? 1 : 0;
    }
}
