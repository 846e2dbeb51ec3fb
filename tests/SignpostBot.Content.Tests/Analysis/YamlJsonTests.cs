using System.Text.Json.Nodes;
using SignpostBot.Content.Analysis;

namespace SignpostBot.Content.Tests.Analysis;

/// <summary>YAML read as JSON the way YAML 1.1 types plain values, with every value's place kept.</summary>
public sealed class YamlJsonTests
{
    private const string Text = """
        version: 1
        flag: yes
        quoted: "yes"
        code: NO
        date: 2026-11-29
        list:
          - "999"
          - name: x
        """;

    [Fact]
    public void Parse_PlainAndQuotedScalars_TypedAsYaml11()
    {
        var root = YamlJson.Parse(Text)!.Root!.AsObject();

        Assert.Equal(1, root["version"]!.GetValue<long>());
        Assert.True(root["flag"]!.GetValue<bool>());
        Assert.Equal("yes", root["quoted"]!.GetValue<string>());
        Assert.False(root["code"]!.GetValue<bool>());
        Assert.Equal("2026-11-29", root["date"]!.GetValue<string>());
        Assert.Equal("999", root["list"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/version", 1)]
    [InlineData("/code", 4)]
    [InlineData("/list/0", 7)]
    [InlineData("/list/1/name", 8)]
    [InlineData("/list/1/missing", 8)]
    public void At_Location_IsTheLineOfTheValue(string location, int line)
    {
        Assert.Equal(line, YamlJson.Parse(Text)!.At(location).Line);
    }

    [Fact]
    public void Parse_NotYaml_IsNull()
    {
        Assert.Null(YamlJson.Parse("a: [b"));
        Assert.IsType<JsonObject>(YamlJson.Parse("a: b")!.Root);
    }
}
