using System.Text.RegularExpressions;
using Ar = Microsoft.Recognizers.Definitions.Arabic.ChoiceDefinitions;
using Bg = Microsoft.Recognizers.Definitions.Bulgarian.ChoiceDefinitions;
using De = Microsoft.Recognizers.Definitions.German.ChoiceDefinitions;
using En = Microsoft.Recognizers.Definitions.English.ChoiceDefinitions;
using Es = Microsoft.Recognizers.Definitions.Spanish.ChoiceDefinitions;
using Fr = Microsoft.Recognizers.Definitions.French.ChoiceDefinitions;
using Hi = Microsoft.Recognizers.Definitions.Hindi.ChoiceDefinitions;
using It = Microsoft.Recognizers.Definitions.Italian.ChoiceDefinitions;
using Ja = Microsoft.Recognizers.Definitions.Japanese.ChoiceDefinitions;
using Nl = Microsoft.Recognizers.Definitions.Dutch.ChoiceDefinitions;
using Pt = Microsoft.Recognizers.Definitions.Portuguese.ChoiceDefinitions;
using Sv = Microsoft.Recognizers.Definitions.Swedish.ChoiceDefinitions;
using Tr = Microsoft.Recognizers.Definitions.Turkish.ChoiceDefinitions;
using Zh = Microsoft.Recognizers.Definitions.Chinese.ChoiceDefinitions;

namespace SignpostBot.Dialogs.Recognizers;

/// <summary>
/// The yes and no words of every language, in the order <see cref="ConfirmRecognizer"/> tries them: the
/// TrueRegex / FalseRegex of Microsoft.Recognizers.Definitions for its 14 languages, and the
/// <see cref="LanguageWords.YesWords"/> / <see cref="LanguageWords.NoWords"/> of <c>dialogs/language/</c> for the
/// languages it lacks (and to add everyday words to its own). One vocabulary per content version
/// (<see cref="RecognizerWords"/>).
/// </summary>
internal sealed class YesNoVocabulary
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);

    // English first, then the others in alphabetical order.
    private static readonly YesNoLanguage[] Package =
    [
        new("en", En.TrueRegex, En.FalseRegex),
        new("ar", Ar.TrueRegex, Ar.FalseRegex),
        new("bg", Bg.TrueRegex, Bg.FalseRegex),
        new("zh", Zh.TrueRegex, Zh.FalseRegex),
        new("nl", Nl.TrueRegex, Nl.FalseRegex),
        new("fr", Fr.TrueRegex, Fr.FalseRegex),
        new("de", De.TrueRegex, De.FalseRegex),
        new("hi", Hi.TrueRegex, Hi.FalseRegex),
        new("it", It.TrueRegex, It.FalseRegex),
        new("ja", Ja.TrueRegex, Ja.FalseRegex),
        new("pt", Pt.TrueRegex, Pt.FalseRegex),
        new("es", Es.TrueRegex, Es.FalseRegex),
        new("sv", Sv.TrueRegex, Sv.FalseRegex),
        new("tr", Tr.TrueRegex, Tr.FalseRegex),
    ];

    private readonly YesNoLanguage[] _languages;

    /// <param name="content">The language files: their yes and no words come after the package's.</param>
    internal YesNoVocabulary(IEnumerable<LanguageWords> content)
        => _languages = [.. Package, .. content.Where(l => l.YesWords.Count > 0 || l.NoWords.Count > 0).Select(FromContent)];

    /// <summary>The languages whose words come from the package, as two-letter codes.</summary>
    internal static IEnumerable<string> PackageLanguageCodes => Package.Select(l => l.Code);

    /// <summary>Every language with yes and no words, package or file, as two-letter codes.</summary>
    internal IEnumerable<string> LanguageCodes => _languages.Select(l => l.Code).Distinct(StringComparer.Ordinal);

    /// <summary>The locale's language first (the package's words, then the file's), then English, then the others.</summary>
    internal IEnumerable<YesNoLanguage> InOrder(string? locale)
    {
        var first = NumberVocabulary.LanguageCode(locale);
        return _languages.Where(l => l.Code == first)
            .Concat(_languages.Where(l => l.Code == "en" && l.Code != first))
            .Concat(_languages.Where(l => l.Code != "en" && l.Code != first));
    }

    // A word of the file is whole: not the "da" of "dar", with or without its accents ("khong" for "không").
    private static YesNoLanguage FromContent(LanguageWords content) =>
        new(NumberVocabulary.LanguageCode(content.Language) ?? content.Language, Alternatives(content.YesWords), Alternatives(content.NoWords));

    private static string Alternatives(IReadOnlyList<string> words)
    {
        var patterns = words.Select(TextNormalizer.Pattern).Where(p => p.Length > 0).OrderByDescending(p => p.Length).ToList();
        return patterns.Count == 0 ? "(?!)" : @"(?<![\p{L}\p{M}\p{N}])(?:" + string.Join('|', patterns) + @")(?![\p{L}\p{M}\p{N}])";
    }

    /// <summary>One language's yes and no, as regular expressions over the message as typed.</summary>
    internal sealed class YesNoLanguage(string code, string truePattern, string falsePattern)
    {
        internal string Code { get; } = code;

        internal Regex True { get; } = new(truePattern, Options, Timeout);

        internal Regex False { get; } = new(falsePattern, Options, Timeout);
    }
}
