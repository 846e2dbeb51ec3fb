namespace SignpostBot.Testing;

/// <summary>A private copy of dialogs/ and knowledge/ in a temporary folder, for a test to break one line of.</summary>
internal sealed class ContentCopy : IDisposable
{
    public ContentCopy()
    {
        Copy(RepositoryPaths.Dialogs, Dialogs);
        Copy(RepositoryPaths.Knowledge, Knowledge);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "signpost-content-" + Guid.NewGuid().ToString("N"));

    public string Dialogs => Path.Combine(Root, "dialogs");

    public string Knowledge => Path.Combine(Root, "knowledge");

    /// <summary>Replaces the first occurrence of a text in a file and returns the 1-based line it is on.</summary>
    public int Replace(string relativePath, string oldText, string newText)
    {
        var path = Path.Combine(Root, relativePath);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"'{oldText}' is not in {relativePath}.");
        }

        File.WriteAllText(path, string.Concat(text.AsSpan(0, at), newText, text.AsSpan(at + oldText.Length)));
        return LineOf(text, at);
    }

    /// <summary>The 1-based line where a text first appears in a file of the copy.</summary>
    public int Line(string relativePath, string find)
    {
        var text = File.ReadAllText(Path.Combine(Root, relativePath));
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return at < 0 ? throw new InvalidOperationException($"'{find}' is not in {relativePath}.") : LineOf(text, at);
    }

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
