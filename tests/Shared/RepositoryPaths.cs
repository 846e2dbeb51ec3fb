namespace SignpostBot.Testing;

/// <summary>Finds the repository's content folders from a test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Dialogs => Path.Combine(Root, "dialogs");

    public static string Knowledge => Path.Combine(Root, "knowledge");

    public static string Conversations => Path.Combine(Root, "tests", "conversations");

    /// <summary>The labelled evaluation set for understanding (kept apart from the training examples).</summary>
    public static string Understanding => Path.Combine(Root, "tests", "understanding");

    /// <summary>The seed page, in the read-only <c>shared/</c> folder that sits beside the checkout (or above it).</summary>
    public static string Seed => FindAbove(Root, Path.Combine("shared", "seeds", "000_0ac5382b47ad0e02.txt"));

    private static string FindAbove(string start, string relative)
    {
        for (var dir = new DirectoryInfo(start).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"{relative} not found above {start}");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SignpostBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SignpostBot.sln not found above " + AppContext.BaseDirectory);
    }
}
