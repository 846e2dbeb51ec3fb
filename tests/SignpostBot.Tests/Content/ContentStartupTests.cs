using SignpostBot.Content.Loading;
using SignpostBot.Testing;

namespace SignpostBot.Tests.Content;

/// <summary>The bot refuses to start on broken content, naming the file and line.</summary>
public sealed class ContentStartupTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "signpost-content-" + Guid.NewGuid().ToString("N"));

    public ContentStartupTests()
    {
        CopyDirectory(RepositoryPaths.Dialogs, Path.Combine(_root, "dialogs"));
        CopyDirectory(RepositoryPaths.Knowledge, Path.Combine(_root, "knowledge"));
    }

    [Fact]
    public void Start_ValidCopyOfTheContent_Serves()
    {
        using var host = new BotFactory().With("Bot:ContentRoot", _root);

        using var client = host.CreateClient();

        Assert.NotNull(client);
    }

    [Fact]
    public void Start_FlowBeginningAMissingDialog_FailsNamingFileAndLine()
    {
        var main = Path.Combine(_root, "dialogs", "main.yaml");
        File.WriteAllText(main, File.ReadAllText(main).Replace("begin: victim", "begin: victm", StringComparison.Ordinal));
        using var host = new BotFactory().With("Bot:ContentRoot", _root);

        var ex = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        var load = Assert.IsType<ContentLoadException>(ex.GetBaseException());
        Assert.Contains(load.Errors, e => e.File.EndsWith("main.yaml", StringComparison.Ordinal) && e.Message.Contains("'victm'", StringComparison.Ordinal) && e.Line > 1);
    }

    [Fact]
    public void Start_MissingKnowledgeFile_Fails()
    {
        File.Delete(Path.Combine(_root, "knowledge", "countries.yaml"));
        using var host = new BotFactory().With("Bot:ContentRoot", _root);

        var ex = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("countries.yaml", ex.GetBaseException().Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
