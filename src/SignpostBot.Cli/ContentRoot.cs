namespace SignpostBot.Cli;

/// <summary>
/// Where the content is: <c>--root DIR</c> (a folder holding dialogs/ and knowledge/), or the nearest folder at or
/// above the current one that holds both, so the tool works from anywhere in the repository.
/// </summary>
internal sealed record ContentRoot(string Root)
{
    public string Dialogs => Path.Combine(Root, "dialogs");

    public string Knowledge => Path.Combine(Root, "knowledge");

    public static ContentRoot Resolve(string? given)
    {
        if (given is not null)
        {
            var full = Path.GetFullPath(given);
            return IsRoot(full) ? new ContentRoot(full) : throw new CliUsageException($"{full} does not hold dialogs/ and knowledge/.");
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (IsRoot(dir.FullName))
            {
                return new ContentRoot(dir.FullName);
            }
        }

        throw new CliUsageException("No dialogs/ and knowledge/ folders here or above: run the tool inside the repository, or pass --root DIR.");
    }

    /// <summary>A path as people read it in the output: relative to the content root when inside it.</summary>
    public string Show(string path)
    {
        var relative = Path.GetRelativePath(Root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    private static bool IsRoot(string dir) => Directory.Exists(Path.Combine(dir, "dialogs")) && Directory.Exists(Path.Combine(dir, "knowledge"));
}
