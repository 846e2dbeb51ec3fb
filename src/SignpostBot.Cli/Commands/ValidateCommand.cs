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
    public static int Run(ContentRoot root, string? seedPath, int maxAgeDays, DateOnly today, TextWriter output)
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

        output.WriteLine(errors == 0
            ? $"validate: OK, {warnings} {Plural(warnings, "warning")}."
            : $"validate: {errors} {Plural(errors, "error")}, {warnings} {Plural(warnings, "warning")}. Fix the errors: the bot will not start with them.");
        return errors == 0 ? 0 : 1;
    }

    private static string Plural(int n, string word) => n == 1 ? word : word + "s";
}
