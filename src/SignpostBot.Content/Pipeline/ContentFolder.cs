using Microsoft.Extensions.FileProviders;

namespace SignpostBot.Content.Pipeline;

/// <summary>
/// Where one area's files come from: any <see cref="IFileProvider"/> (the repository folder, a blob container's
/// download, a test's strings), the name errors give its files, and where its schemas are read.
/// </summary>
/// <param name="Root">Put before a file's name in errors when the provider has no path for it (<c>blob:knowledge/</c>).</param>
/// <param name="Description">The folder in a sentence: "The file countries.yaml is missing from {Description}."</param>
public sealed record ContentFolder(IFileProvider Files, string Root, string Description)
{
    /// <summary>The <c>schemas/</c> the files are checked against; null: the provider's own <c>schemas/</c> folder.</summary>
    public IFileProvider? Schemas { get; init; }

    /// <summary>The name errors give a file of this folder.</summary>
    public string PathOf(string name) => Files.GetFileInfo(name).PhysicalPath ?? Path.Join(Root, name);

    /// <summary>A folder on disk (a missing folder has no files, and says so).</summary>
    public static ContentFolder Physical(string directory)
    {
        var full = Path.GetFullPath(directory);
        IFileProvider files = Directory.Exists(full) ? new PhysicalFileProvider(full) : new NullFileProvider();
        return new ContentFolder(files, full, full);
    }

    /// <summary>Files held as text, checked against the schemas of another folder (the app's own copy).</summary>
    public static ContentFolder InMemory(IReadOnlyDictionary<string, string> texts, string root, string description, IFileProvider schemas)
        => new(new InMemoryFileProvider(texts), root, description) { Schemas = schemas };
}

/// <summary>The two folders of one version of the content.</summary>
public sealed record ContentSources(ContentFolder Dialogs, ContentFolder Knowledge)
{
    /// <summary><c>dialogs/</c> and <c>knowledge/</c> on disk.</summary>
    public static ContentSources Folders(string dialogs, string knowledge) => new(ContentFolder.Physical(dialogs), ContentFolder.Physical(knowledge));
}
