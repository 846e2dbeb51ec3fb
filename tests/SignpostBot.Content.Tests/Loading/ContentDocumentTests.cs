using System.Text.Json;
using SignpostBot.Content.Loading;
using SignpostBot.Content.Pipeline;
using SignpostBot.Testing;

namespace SignpostBot.Content.Tests.Loading;

/// <summary>One parse per file: YAML read as JSON the way the YAML 1.2 core schema types plain values, with every value's place kept.</summary>
public sealed class ContentDocumentTests
{
    private const string Text = """
        version: 1
        flag: yes
        truth: true
        quoted: "true"
        code: NO
        date: 2026-11-29
        nothing: ~
        list:
          - "999"
          - name: x
        """;

    [Fact]
    public void Parse_PlainAndQuotedScalars_TypedAsYaml12Core()
    {
        var root = Parse(Text).Root;

        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("yes", root.GetProperty("flag").GetString());
        Assert.Equal(JsonValueKind.True, root.GetProperty("truth").ValueKind);
        Assert.Equal("true", root.GetProperty("quoted").GetString());
        Assert.Equal("NO", root.GetProperty("code").GetString());
        Assert.Equal("2026-11-29", root.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("nothing").ValueKind);
        Assert.Equal("999", root.GetProperty("list")[0].GetString());
    }

    [Theory]
    [InlineData("/version", 1, 1)]
    [InlineData("/code", 5, 1)]
    [InlineData("/list/0", 9, 5)]
    [InlineData("/list/1/name", 10, 5)]
    [InlineData("/list/1/missing", 10, 5)]
    public void At_Location_IsTheLineAndColumnOfTheValueOrItsKey(string location, int line, int column)
    {
        var at = Parse(Text).At(location);

        Assert.Equal((line, column), ((int)at.Line, (int)at.Column));
    }

    [Fact]
    public void Parse_NotYaml_ReportsTheLineAndIsNull()
    {
        var errors = new ContentErrors();

        Assert.Null(ContentDocument.Parse("bad.yaml", "a: b\nc: [d\n", errors));

        var error = Assert.Single(errors.All);
        Assert.StartsWith("This is not valid YAML", error.Message, StringComparison.Ordinal);
        Assert.Equal("bad.yaml", error.File);
    }

    [Fact]
    public void Parse_DuplicateKey_IsNotValidYaml()
    {
        var errors = new ContentErrors();

        Assert.Null(ContentDocument.Parse("twice.yaml", "version: 1\nid: a\nid: b\n", errors));

        Assert.Contains("Duplicate key", Assert.Single(errors.All).Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Load_ShippedContent_GivesEveryEntryThePlaceOfItsId()
    {
        var knowledge = TestContent.Knowledge;
        var entries = knowledge.Countries.SelectMany(c => c.Hotlines).Concat(knowledge.International).Select(h => (h.Id, h.Location))
            .Concat(knowledge.Guidance.Select(g => (g.Id, g.Location)));

        Assert.All(entries, entry =>
        {
            Assert.NotNull(entry.Location);
            Assert.Contains("id: " + entry.Id, File.ReadAllLines(entry.Location.File)[entry.Location.Line - 1], StringComparison.Ordinal);
        });
        var romania = knowledge.FindCountry("RO")!.Location!;
        Assert.Contains("code: RO", File.ReadAllLines(romania.File)[romania.Line - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InMemoryFiles_NamedWithTheFolderRootAndCheckedAgainstTheAppsSchemas()
    {
        var result = TestContent.LoadDialogs([("global.yaml", TestContent.SmallGlobal), ("main.yaml", "version: 1\nid: main\nsteps:\n  - id: hello\n    say: Hello\n    colour: blue\n")]);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("main.yaml", 6), (error.File, error.Line));
    }

    private static ContentDocument Parse(string text)
    {
        var errors = new ContentErrors();
        var document = ContentDocument.Parse("test.yaml", text, errors);
        Assert.Empty(errors.All);
        return document!;
    }
}
