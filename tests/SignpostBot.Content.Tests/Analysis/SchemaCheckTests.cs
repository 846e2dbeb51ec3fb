using SignpostBot.Content.Analysis;
using SignpostBot.Content.Loading;
using SignpostBot.Content.Pipeline;
using SignpostBot.Testing;

namespace SignpostBot.Content.Tests.Analysis;

/// <summary>Every content file and conversation script matches the schema its first line names.</summary>
public sealed class SchemaCheckTests
{
    public static TheoryData<string> Files { get; } = new(
        new[] { RepositoryPaths.Dialogs, Path.Combine(RepositoryPaths.Dialogs, TranslationLoader.Folder), Path.Combine(RepositoryPaths.Dialogs, LanguageWordsLoader.Folder), RepositoryPaths.Knowledge, RepositoryPaths.Conversations }
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
        SchemaCheck.CheckFile(path, text, schema, errors);

        Assert.Empty(errors.All);
    }

    [Fact]
    public void Check_WrongValueDeepInAFile_ReportsItsLineAndColumn()
    {
        var path = Path.Combine(RepositoryPaths.Dialogs, "victim.yaml");
        var text = File.ReadAllText(path).Replace("slot: inDanger", "slot: inDangerr", StringComparison.Ordinal);
        var line = text[..text.IndexOf("inDangerr", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        var errors = new ContentErrors();

        SchemaCheck.CheckFile(path, text, SchemaCheck.SchemaPath(path, text)!, errors);

        var error = Assert.Single(errors.All);
        Assert.Equal(line, error.Line);
        Assert.Contains("'slot'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TwoFilesSharingASchema_ReportsEachAtItsLine()
    {
        using var copy = new ContentCopy();
        var victim = copy.Replace("dialogs/victim.yaml", "slot: inDanger", "slot: inDangerr");
        var publicLine = copy.Replace("dialogs/public.yaml", "slot: aboutChild", "slot: aboutChildd");

        var result = ContentPipeline.Load(ContentSources.Folders(copy.Dialogs, copy.Knowledge), new ValidateOptions());

        Assert.Equal(
            [("public.yaml", publicLine), ("victim.yaml", victim)],
            result.Errors.Select(e => (Path.GetFileName(e.File), e.Line)).Order());
    }

    [Fact]
    public void Load_SchemaThatCannotBeRead_SaysSoForEveryFileOfItsKind()
    {
        using var copy = new ContentCopy();
        File.WriteAllText(copy.PathOf("dialogs/schemas/dialog.schema.json"), "{ \"type\": ");

        var result = ContentPipeline.Load(ContentSources.Folders(copy.Dialogs, copy.Knowledge), new ValidateOptions());

        var named = Directory.GetFiles(copy.Dialogs, "*.yaml").Select(File.ReadAllText).Count(text => text.Contains("dialog.schema.json", StringComparison.Ordinal));
        Assert.Equal(named, result.Errors.Count(e => e.Message.Contains("cannot be read", StringComparison.Ordinal)));
        Assert.True(named > 1, "the dialogs share one schema");
    }

    [Fact]
    public void Check_UnquotedNumberWhereTextBelongs_AsksForQuotesAtItsLine()
    {
        var path = Path.Combine(RepositoryPaths.Knowledge, "countries.yaml");
        var text = File.ReadAllText(path).Replace("emergency: [\"112\"", "emergency: [112", StringComparison.Ordinal);
        var line = text[..text.IndexOf("emergency: [112", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        var errors = new ContentErrors();

        SchemaCheck.CheckFile(path, text, SchemaCheck.SchemaPath(path, text)!, errors);

        Assert.Contains(errors.All, e => e.Line == line && e.Message.Contains("quotes", StringComparison.Ordinal));
    }
}
