using SignpostBot.Content.Analysis;
using SignpostBot.Content.Loading;
using SignpostBot.Content.Pipeline;

namespace SignpostBot.Cli.Commands;

/// <summary><c>validate</c>: every check on dialogs/ and knowledge/, one line per problem with its file, line and column.</summary>
internal static class ValidateCommand
{
    /// <summary>The <c>seedPath</c> that says: do not check the seed page (<c>--no-seed</c>).</summary>
    public const string NoSeed = "";

    /// <param name="seedPath">The seed page; null to look for it above the repository; <see cref="NoSeed"/> to skip it.</param>
    /// <param name="checklist">Also write the launch checklist into knowledge/README.md (<c>--checklist</c>).</param>
    public static int Run(ContentRoot root, string? seedPath, int maxAgeDays, DateOnly today, TextWriter output, bool checklist = false)
    {
        var skipSeed = seedPath == NoSeed;
        var seed = skipSeed ? null : seedPath ?? SeedHotlines.FindAbove(root.Root);
        var options = new ValidateOptions
        {
            MaxVerifiedAgeDays = maxAgeDays,
            Today = today,
            SeedPath = seed,
        };
        var result = ContentPipeline.Load(ContentSources.Folders(root.Dialogs, root.Knowledge), options);
        foreach (var problem in result.Problems)
        {
            output.WriteLine(LoadedContent.Format(root, problem));
        }

        var errors = result.Problems.Count(p => p.Severity == ContentSeverity.Error);
        var warnings = result.Problems.Count - errors;
        if (seed is null)
        {
            output.WriteLine(skipSeed
                ? "note: --no-seed: the seed page's hotline list was not checked."
                : "note: the seed page was not found above the repository, so its hotline list was not checked (use --seed FILE).");
        }

        if (checklist && result.Content is { } content && !WriteChecklist(root, content.Knowledge, output))
        {
            errors++;
        }

        output.WriteLine(errors == 0
            ? $"validate: OK, {warnings} {Plural(warnings, "warning")}."
            : $"validate: {errors} {Plural(errors, "error")}, {warnings} {Plural(warnings, "warning")}. Fix the errors: the bot will not start with them.");
        return errors == 0 ? 0 : 1;
    }

    /// <summary>Writes what must still be checked on live sites into knowledge/README.md, made from the content.</summary>
    private static bool WriteChecklist(ContentRoot root, Knowledge.Model.KnowledgeBase knowledge, TextWriter output)
    {
        var readme = Path.Combine(root.Knowledge, "README.md");
        var updated = File.Exists(readme) ? LaunchChecklist.Replace(File.ReadAllText(readme), LaunchChecklist.Build(knowledge)) : null;
        if (updated is null)
        {
            output.WriteLine($"{Path.GetRelativePath(root.Root, readme)}(1,1): error: --checklist writes between the lines '{LaunchChecklist.Start}' and '{LaunchChecklist.End}', which this file does not have.");
            return false;
        }

        File.WriteAllText(readme, updated);
        output.WriteLine($"checklist: written to {Path.GetRelativePath(root.Root, readme)}.");
        return true;
    }

    private static string Plural(int n, string word) => n == 1 ? word : word + "s";
}
