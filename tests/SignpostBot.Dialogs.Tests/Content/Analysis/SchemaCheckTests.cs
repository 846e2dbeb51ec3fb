using SignpostBot.Dialogs.Content.Analysis;
using SignpostBot.Knowledge.Loading;
using SignpostBot.Testing;

namespace SignpostBot.Dialogs.Tests.Content.Analysis;

/// <summary>Every content file and conversation script matches the schema its first line names.</summary>
public sealed class SchemaCheckTests
{
    public static TheoryData<string> Files { get; } = new(
        new[] { RepositoryPaths.Dialogs, RepositoryPaths.Knowledge, RepositoryPaths.Conversations }
            .SelectMany(dir => Directory.GetFiles(dir, "*.yaml"))
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Files))]
    public void File_AgainstItsSchema_IsValid(string relativePath)
    {
        var path = Path.Combine(RepositoryPaths.Root, relativePath);
        var text = File.ReadAllText(path);
        var schema = SchemaCheck.SchemaPath(path, text);
        var errors = new ContentErrors();

        Assert.NotNull(schema);
        Assert.True(File.Exists(schema), schema);
        SchemaCheck.Check(path, text, schema, errors);

        Assert.Empty(errors.All);
    }

    [Fact]
    public void Check_WrongValueDeepInAFile_ReportsItsLineAndColumn()
    {
        var path = Path.Combine(RepositoryPaths.Dialogs, "victim.yaml");
        var text = File.ReadAllText(path).Replace("slot: inDanger", "slot: inDangerr", StringComparison.Ordinal);
        var line = text[..text.IndexOf("inDangerr", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        var errors = new ContentErrors();

        SchemaCheck.Check(path, text, SchemaCheck.SchemaPath(path, text)!, errors);

        var error = Assert.Single(errors.All);
        Assert.Equal(line, error.Line);
        Assert.Contains("'slot'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnquotedNorway_IsReadAsNoAndRejected()
    {
        var path = Path.Combine(RepositoryPaths.Knowledge, "countries.yaml");
        var text = File.ReadAllText(path).Replace("code: \"NO\"", "code: NO", StringComparison.Ordinal);
        var errors = new ContentErrors();

        SchemaCheck.Check(path, text, SchemaCheck.SchemaPath(path, text)!, errors);

        Assert.Contains(errors.All, e => e.Message.Contains("quotes", StringComparison.Ordinal));
    }
}
