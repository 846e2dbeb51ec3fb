using Microsoft.Extensions.FileProviders;
using SignpostBot.Content.Pipeline;

namespace SignpostBot.Content.Tests.Pipeline;

/// <summary>The fingerprint the build's proof is kept under: the same files give the same one wherever they are; any change gives another.</summary>
public sealed class ContentFingerprintTests
{
    private static readonly Dictionary<string, string> Dialogs = new(StringComparer.Ordinal) { ["main.yaml"] = "id: main\n", ["global.yaml"] = "version: 1\n" };
    private static readonly Dictionary<string, string> Knowledge = new(StringComparer.Ordinal) { ["countries.yaml"] = "countries: []\n" };

    private static ContentSources Sources(IReadOnlyDictionary<string, string> dialogs, IReadOnlyDictionary<string, string> knowledge, string root = "a")
        => new(
            ContentFolder.InMemory(dialogs, root + "/dialogs", "dialogs", new NullFileProvider()),
            ContentFolder.InMemory(knowledge, root + "/knowledge", "knowledge", new NullFileProvider()));

    [Fact]
    public void Of_TheSameFilesElsewhere_IsTheSame()
        => Assert.Equal(ContentFingerprint.Of(Sources(Dialogs, Knowledge, "a")), ContentFingerprint.Of(Sources(new Dictionary<string, string>(Dialogs), Knowledge, "b")));

    [Fact]
    public void Of_OneCharacterChanged_Differs()
        => Assert.NotEqual(ContentFingerprint.Of(Sources(Dialogs, Knowledge)), ContentFingerprint.Of(Sources(new Dictionary<string, string>(Dialogs) { ["main.yaml"] = "id: mainn\n" }, Knowledge)));

    [Fact]
    public void Of_AFileAdded_Differs()
        => Assert.NotEqual(ContentFingerprint.Of(Sources(Dialogs, Knowledge)), ContentFingerprint.Of(Sources(new Dictionary<string, string>(Dialogs) { ["victim.yaml"] = string.Empty }, Knowledge)));

    [Fact]
    public void Of_AFileMovedToTheOtherFolder_Differs()
    {
        var dialogs = new Dictionary<string, string>(Dialogs);
        var knowledge = new Dictionary<string, string>(Knowledge) { ["global.yaml"] = dialogs["global.yaml"] };
        dialogs.Remove("global.yaml");

        Assert.NotEqual(ContentFingerprint.Of(Sources(Dialogs, Knowledge)), ContentFingerprint.Of(Sources(dialogs, knowledge)));
    }
}
