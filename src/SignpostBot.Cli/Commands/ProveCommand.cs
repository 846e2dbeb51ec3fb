using SignpostBot.Content.Analysis;

namespace SignpostBot.Cli.Commands;

/// <summary><c>prove</c>: time to help per branch, then any path that breaks a rule, with its file and line.</summary>
internal static class ProveCommand
{
    public static int Run(ContentRoot root, int maxTurns, TextWriter output)
    {
        if (LoadedContent.Load(root, output) is not { } content)
        {
            return 1;
        }

        var report = FlowProver.Prove(content, new ProveOptions { MaxTurns = maxTurns });
        foreach (var line in report.Lines())
        {
            output.WriteLine(line);
        }

        foreach (var problem in report.Problems)
        {
            output.WriteLine(LoadedContent.Format(root, problem));
        }

        output.WriteLine(report.HasErrors ? "prove: FAILED. Fix the problems above." : "prove: OK.");
        return report.HasErrors ? 1 : 0;
    }
}
