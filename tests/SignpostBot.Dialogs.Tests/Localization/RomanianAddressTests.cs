using System.Text.RegularExpressions;
using SignpostBot.Testing;

namespace SignpostBot.Dialogs.Tests.Localization;

/// <summary>
/// The Romanian texts speak to the person one way: the informal "tu" their file uses almost everywhere (plain words for
/// a child), never the formal "vă" or "dumneavoastră" beside it.
/// </summary>
public sealed partial class RomanianAddressTests
{
    [Fact]
    public void EveryRomanianText_SaysTu_NeverTheFormalYou()
    {
        var romanian = TestContent.Dialogs.Translations.Single(t => t.Language == "ro").Texts.Select(t => (t.Key, t.Value))
            .Concat(TestContent.Dialogs.Languages.Where(l => l.Language == "ro").Select(l => ("languages.yaml switched", l.Switched)));

        var formal = romanian.Where(t => Formal().IsMatch(t.Item2.ToLowerInvariant().Replace('ţ', 'ț').Replace('ş', 'ș'))).Select(t => $"{t.Item1}: {t.Item2}").ToList();

        Assert.True(formal.Count == 0, "Formal address in the Romanian texts:\n" + string.Join('\n', formal));
    }

    // Lower case, with comma-below letters: "vă", "v-", "-vă", "dumneavoastră", and the second person plural of the verbs a
    // prompt uses ("sunați", "apăsați", "puteți"...). Not "va" ("will"), which both forms use.
    [GeneratedRegex(@"(?<![\p{L}-])(vă|v-\p{L}+|\p{L}+-vă|dumneavoastră|sunteți|aveți|puteți|vreți|știți|sunați|apăsați|scrieți|alegeți|spuneți|căutați|cereți|vorbiți|rămâneți|mergeți|tastați|încercați|citiți)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Formal();
}
