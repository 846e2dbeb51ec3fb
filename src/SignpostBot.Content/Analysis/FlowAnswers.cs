using System.Globalization;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Localization;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Content.Analysis;

/// <summary>One message the explorer sends to a waiting question: the text, and the label the flow picture shows.</summary>
/// <param name="NotUnderstood">
/// An answer no question understands: the explorer sends it again while the bot only asks again, until the bot gives
/// up (the fail-safe signpost) or moves on.
/// </param>
public sealed record FlowAnswer(string Label, string Text, bool NotUnderstood = false);

/// <summary>
/// The answers to try at a waiting question: every button the rendered question shows, what a person can type that
/// no button offers (every listed country's name, a country with no list, a country code a <c>when</c> tests), and
/// one answer that is not understood. The bot's own recognizers decide what each means.
/// </summary>
public sealed class FlowAnswers
{
    /// <summary>Nothing any question understands, and no interruption.</summary>
    public const string NotUnderstoodText = "xqzj vwkp";

    private readonly IReadOnlyList<FlowAnswer> _typedCountries;
    private readonly HashSet<string> _languageButtons;

    public FlowAnswers(DialogSet content)
    {
        var listed = content.Knowledge.Countries;
        var tested = content.Dialogs.SelectMany(d => d.Steps).SelectMany(s => s.When).Where(c => c.Slot == SlotName.Country)
            .SelectMany(c => c.Values).Where(code => content.Knowledge.FindCountry(code) is null && code != Slots.UnknownCountry).Distinct(StringComparer.Ordinal);
        // The Language button opens the list of languages: every language's flows are proved apart, not through it.
        _languageButtons = (content.Global.LanguageMenu is { } menu ? [menu.Button] : Array.Empty<string>())
            .Concat(content.Translations.Select(t => t.Texts.GetValueOrDefault(TextIds.Global("languageMenu.button"))).OfType<string>())
            .ToHashSet(StringComparer.Ordinal);
        _typedCountries = [
            .. listed.Select(c => new FlowAnswer("a listed country", c.Name)),
            .. tested.Select(code => new FlowAnswer(code, code)),
            .. UnlistedCountry(listed) is { } unlisted ? [new FlowAnswer("a country with no list", unlisted)] : Array.Empty<FlowAnswer>(),
        ];
    }

    /// <param name="asked">The replies of the turn that left the question waiting (its buttons are the last reply's).</param>
    /// <param name="firstAsked">Whether that turn asked the question afresh: answers not understood are tried only then.</param>
    public IReadOnlyList<FlowAnswer> For(PromptStep prompt, IReadOnlyList<Activity> asked, bool firstAsked)
    {
        var answers = RenderedReplies.Buttons(asked).Where(b => !_languageButtons.Contains(b.Title)).Select(b => new FlowAnswer(b.Title, b.Value)).ToList();
        if (prompt is CountryPromptStep)
        {
            answers.AddRange(_typedCountries);
        }

        if (firstAsked)
        {
            answers.Add(new FlowAnswer("not understood", NotUnderstoodText, NotUnderstood: true));
        }

        return answers;
    }

    /// <summary>The English name of the first country (by ISO code) that .NET knows and the knowledge does not list.</summary>
    private static string? UnlistedCountry(IReadOnlyList<Country> listed)
    {
        var codes = listed.Select(c => c.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(c => c.Name.Length > 0 ? TryRegion(c.Name) : null)
            .OfType<RegionInfo>()
            .Where(r => r.TwoLetterISORegionName.Length == 2 && char.IsAsciiLetterUpper(r.TwoLetterISORegionName[0]) && !codes.Contains(r.TwoLetterISORegionName))
            .OrderBy(r => r.TwoLetterISORegionName, StringComparer.Ordinal)
            .Select(r => r.EnglishName)
            .FirstOrDefault();
    }

    private static RegionInfo? TryRegion(string culture)
    {
        try
        {
            return new RegionInfo(culture);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
