using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Localization;
using SignpostBot.Testing;

namespace SignpostBot.Dialogs.Tests.Localization;

/// <summary>
/// A country's name is never pasted after a preposition it does not fit: each language says being in a listed country
/// with its own words (<c>{inCountry}</c>: "in the United Kingdom", "no Reino Unido", "w Wielkiej Brytanii"), and puts the
/// bare name (<c>{country}</c>) only where it stands alone. Checked for the UK (an article in many languages) and Romania
/// (none), in every language.
/// </summary>
public sealed class CountryInSentenceTests
{
    public static TheoryData<string, string> LanguagesAndCountries()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in TestContent.NewBot().Localizer.Offered)
        {
            data.Add(language, "GB");
            data.Add(language, "RO");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LanguagesAndCountries))]
    public void EverySentenceNamingWhereHelpIs_UsesTheLanguagesOwnWordsForBeingThere(string language, string code)
    {
        var texts = TestContent.NewBot().Localizer.For(language);
        var country = TestContent.Knowledge.FindCountry(code)!;
        var words = texts.Country(country);
        // The words a language puts before a country's name to say "in" it, from its own forms: "na", "no", "em" in Portuguese.
        var prepositions = TestContent.Knowledge.Countries.Select(c => texts.Country(c).In.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);

        var sentences = CountryListTexts(TestContent.Dialogs).Select(s => texts.Signpost(s).Text).OfType<string>()
            .Append(texts.Labels.CountryOnly)
            .Select(t => TextFormatter.Format(t, words))
            .ToList();

        Assert.All(sentences, sentence =>
        {
            Assert.DoesNotContain("{", sentence, StringComparison.Ordinal);
            foreach (var preposition in prepositions)
            {
                var pasted = preposition + " " + words.Name;
                if (!string.Equals(pasted, words.In, StringComparison.Ordinal))
                {
                    Assert.DoesNotContain(pasted, sentence, StringComparison.Ordinal);
                }
            }
        });
    }

    [Theory]
    [InlineData("en", "GB", "Here is help in the United Kingdom:", "United Kingdom only")]
    [InlineData("en", "RO", "Here is help in Romania:", "Romania only")]
    [InlineData("pt", "GB", "Aqui está a ajuda no Reino Unido:", "Só no Reino Unido")]
    [InlineData("pt", "RO", "Aqui está a ajuda na Romênia:", "Só na Romênia")]
    [InlineData("sq", "GB", "Ja ndihma në Mbretërinë e Bashkuar:", "Vetëm në Mbretërinë e Bashkuar")]
    [InlineData("pl", "GB", "Oto pomoc w Wielkiej Brytanii:", "Tylko w Wielkiej Brytanii")]
    [InlineData("ru", "RO", "Вот помощь в Румынии:", "Только в Румынии")]
    public void ACountryNamedAlone_GetsHelpInWordsThatReadRight(string language, string code, string heading, string label)
    {
        var texts = TestContent.NewBot().Localizer.For(language);
        var words = texts.Country(TestContent.Knowledge.FindCountry(code)!);
        var countryReply = TestContent.Dialogs.Global.FirstMessage.Replies.Single(r => r.Id == "country").Signpost!;

        Assert.Equal(heading, TextFormatter.Format(texts.Signpost(countryReply).Text!, words));
        Assert.Equal(label, TextFormatter.Format(texts.Labels.CountryOnly, words));
    }

    /// <summary>Every signpost whose text heads a country's own list: the flows', the first-message replies', the fail-safe.</summary>
    private static IEnumerable<Signpost> CountryListTexts(DialogSet content)
        => content.Dialogs.SelectMany(d => d.Steps).OfType<SignpostStep>().Select(s => s.Signpost)
            .Concat(content.Global.FirstMessage.Replies.Select(r => r.Signpost).OfType<Signpost>())
            .Append(content.Global.FailSafe)
            .Where(s => s.CountryHotlines);
}
