using SignpostBot.Dialogs.Content;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Content.Analysis;

/// <summary>
/// One kind of answer a person can give a question, as the analysis sees it: the value kept, the label shown on the
/// flow picture, and how many messages it takes.
/// </summary>
/// <param name="NotUnderstood">The question was not understood <c>maxAttempts</c> times: the fail-safe signpost is shown and the fallback kept.</param>
public sealed record FlowAnswer(string Label, string Value, int Turns, bool NotUnderstood = false);

/// <summary>
/// The finite answers of each question. A choice gives its values; yes/no gives yes and no; a country question gives
/// its buttons, "a listed country", "a country with no list", the "another country" button
/// followed by the name (two messages), and any country code a <c>when</c> tests. Every question can also end in
/// its fallback after <c>maxAttempts</c> answers it does not understand.
/// </summary>
public static class FlowAnswers
{
    /// <summary>Stands for any country in knowledge/countries.yaml.</summary>
    public const string ListedCountry = "*listed";

    /// <summary>Stands for a country with no entry in knowledge/countries.yaml.</summary>
    public const string UnlistedCountry = "*unlisted";

    public static IReadOnlyList<FlowAnswer> For(PromptStep prompt, DialogSet content)
    {
        var answers = new List<FlowAnswer>();
        switch (prompt)
        {
            case ChoicePromptStep choice:
                answers.AddRange(choice.Choices.Select(c => new FlowAnswer(c.Title, c.Value, 1)));
                break;
            case ConfirmPromptStep confirm:
                answers.Add(new FlowAnswer(confirm.YesTitle, Slots.Yes, 1));
                answers.Add(new FlowAnswer(confirm.NoTitle, Slots.No, 1));
                break;
            case CountryPromptStep country:
                answers.AddRange(country.Buttons.Select(code => new FlowAnswer(content.Knowledge.FindCountry(code)?.Name ?? code, code, 1)));
                var tested = content.Dialogs.SelectMany(d => d.Steps).SelectMany(s => s.When)
                    .Where(c => c.Slot == SlotName.Country).SelectMany(c => c.Values).Except(country.Buttons).Distinct(StringComparer.Ordinal);
                answers.AddRange(tested.Select(code => new FlowAnswer(code, code, 1)));
                answers.Add(new FlowAnswer("a listed country", ListedCountry, 1));
                answers.Add(new FlowAnswer("a country with no list", UnlistedCountry, 1));
                answers.Add(new FlowAnswer($"{country.OtherTitle} + a listed country", ListedCountry, 2));
                answers.Add(new FlowAnswer($"{country.OtherTitle} + a country with no list", UnlistedCountry, 2));
                break;
        }

        var max = content.Global.MaxAttempts;
        answers.Add(new FlowAnswer($"not understood {max}×", prompt.Options.Fallback, max, NotUnderstood: true));
        return answers;
    }

    /// <summary>
    /// Whether a signpost shows at least one phone number for what the conversation knows. For "any listed country"
    /// it must hold for every country in the knowledge; <paramref name="failing"/> names those where it does not.
    /// </summary>
    public static bool ShowsNumber(Signpost signpost, Slots slots, DialogSet content, out IReadOnlyList<string> failing)
    {
        var knowledge = content.Knowledge;
        if (slots.Country == ListedCountry)
        {
            failing = knowledge.Countries.Where(c => !ShowsNumber(signpost, c, content)).Select(c => c.Code).ToList();
            return failing.Count == 0;
        }

        failing = [];
        return ShowsNumber(signpost, knowledge.FindCountry(slots.Country), content);
    }

    private static bool ShowsNumber(Signpost signpost, Country? country, DialogSet content)
    {
        var knowledge = content.Knowledge;
        var emergency = country is { Emergency.Count: > 0 } ? country.Emergency : knowledge.UnknownCountryEmergency;
        if (signpost.Emergency && emergency.Count > 0)
        {
            return true;
        }

        if (signpost.Hotlines.Select(knowledge.FindHotline).Any(h => h?.Phones.Count > 0))
        {
            return true;
        }

        if (!signpost.CountryHotlines)
        {
            return false;
        }

        return country is null
            ? knowledge.International.Any(h => h.Phones.Count > 0)
            : country.Hotlines.Any(h => h.Phones.Count > 0 && signpost.Audience.Any(h.IsFor)) || knowledge.ChildHelplineFor(country)?.Phones.Count > 0;
    }
}
