using SignpostBot.Content.Analysis;
using SignpostBot.Content.Loading;

namespace SignpostBot.Cli.Commands;

/// <summary><c>validate</c>: every check on dialogs/ and knowledge/, one line per problem with its file, line and column.</summary>
internal static class ValidateCommand
{
    public static int Run(CliArguments args, TextWriter output)
    {
        var root = ContentRoot.Resolve(args);
        var seed = args.Option("no-seed") is not null ? null : args.Option("seed") ?? SeedHotlines.FindAbove(root.Root);
        var options = new ValidateOptions
        {
            MaxVerifiedAgeDays = args.Number("max-age") ?? 365,
            Today = args.Date("today") ?? DateOnly.FromDateTime(DateTime.UtcNow),
            SeedPath = seed,
        };
        var result = ContentValidator.Validate(root.Dialogs, root.Knowledge, options);
        foreach (var problem in result.Problems)
        {
            output.WriteLine(LoadedContent.Format(root, problem));
        }

        var errors = result.Problems.Count(p => p.Severity == ContentSeverity.Error);
        var warnings = result.Problems.Count - errors;
        if (seed is null)
        {
            output.WriteLine(args.Option("no-seed") is not null
                ? "note: --no-seed: the seed page's hotline list was not checked."
                : "note: the seed page was not found above the repository, so its hotline list was not checked (use --seed FILE).");
        }

        if (args.Option("checklist") is not null && result.Content is { } content)
        {
            WriteChecklist(root, content.Knowledge, output);
        }

        output.WriteLine(errors == 0
            ? $"validate: OK, {warnings} {Plural(warnings, "warning")}."
            : $"validate: {errors} {Plural(errors, "error")}, {warnings} {Plural(warnings, "warning")}. Fix the errors: the bot will not start with them.");
        return errors == 0 ? 0 : 1;
    }

    /// <summary>Writes what must still be checked on live sites into knowledge/README.md, made from the content.</summary>
    private static void WriteChecklist(ContentRoot root, Knowledge.Model.KnowledgeBase knowledge, TextWriter output)
    {
        var readme = Path.Combine(root.Knowledge, "README.md");
        var updated = File.Exists(readme) ? LaunchChecklist.Replace(File.ReadAllText(readme), LaunchChecklist.Build(knowledge)) : null;
        if (updated is null)
        {
            throw new CliUsageException($"--checklist writes between '{LaunchChecklist.Start}' and '{LaunchChecklist.End}' in {readme}, which has no such lines.");
        }

        File.WriteAllText(readme, updated);
        output.WriteLine($"checklist: written to {Path.GetRelativePath(root.Root, readme)}.");
    }

    private static string Plural(int n, string word) => n == 1 ? word : word + "s";
}
