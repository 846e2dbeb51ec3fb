using SignpostBot.Testing;
using SignpostBot.Dialogs.Content;
using SignpostBot.Content.Loading;

namespace SignpostBot.Dialogs.Tests.Content;

/// <summary>The <c>channels</c> section of global.yaml: how conversations start on a channel such as Teams.</summary>
public sealed class ChannelSettingsTests
{
    private const string ShippedTeams = """
        channels:
          msteams:
            assume:
              role: professional
        """;

    [Fact]
    public void Load_ShippedContent_OpensTeamsOnTheProfessionalMenuWithANote()
    {
        var teams = TestContent.Dialogs.Global.Channels["msteams"];

        Assert.Equal([(SlotName.Role, "professional")], teams.Assume);
        Assert.False(string.IsNullOrWhiteSpace(teams.Note));
    }

    [Theory]
    [InlineData("role: boss", "assumes 'boss'")]
    [InlineData("mood: calm", "'mood' is not a slot")]
    [InlineData("inDanger: maybe", "assumes 'maybe'")]
    public void Load_AssumptionNoQuestionCanGive_IsAnError(string assumption, string message)
    {
        var errors = LoadWithGlobal(global => global.Replace("role: professional", assumption, StringComparison.Ordinal));

        Assert.Contains(errors, e => e.Message.Contains(message, StringComparison.Ordinal) && e.File.EndsWith("global.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnknownKeyInAChannel_IsAnError()
    {
        var errors = LoadWithGlobal(global => global.Replace("    assume:", "    start: teams\n    assume:", StringComparison.Ordinal));

        Assert.Contains(errors, e => e.Message.Contains("start", StringComparison.Ordinal));
    }

    private static IReadOnlyList<ContentError> LoadWithGlobal(Func<string, string> change)
    {
        var files = Directory.GetFiles(Testing.RepositoryPaths.Dialogs, "*.yaml").Order(StringComparer.Ordinal)
            .Select(path => (Path: path, Text: File.ReadAllText(path)))
            .ToList();
        var global = files.FindIndex(f => Path.GetFileName(f.Path) == DialogLoader.GlobalFile);
        Assert.Contains(ShippedTeams, files[global].Text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        files[global] = (files[global].Path, change(files[global].Text));
        return TestContent.LoadDialogs(files).Errors.ToList();
    }
}
