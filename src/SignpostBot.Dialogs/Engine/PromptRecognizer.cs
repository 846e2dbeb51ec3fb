using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Recognizers;

namespace SignpostBot.Dialogs.Engine;

/// <summary>What a prompt made of an answer.</summary>
internal abstract record PromptOutcome
{
    public sealed record Recognized(string Value) : PromptOutcome;

    /// <summary>The country prompt's "another country" button: ask for the name, without counting a miss.</summary>
    public sealed record AskOther : PromptOutcome;

    /// <summary>The country prompt's "I don't know where I am": the country is unknown, and that is fine.</summary>
    public sealed record DontKnow : PromptOutcome;

    public sealed record NotRecognized : PromptOutcome;
}

/// <summary>Recognizes an answer for each kind of prompt, and finds answers inside a first free message.</summary>
internal sealed class PromptRecognizer
{
    private const string OtherValue = "\u0000other";

    private readonly DialogSet _content;

    // Found once: every first message is read against these prompts.
    private readonly PromptStep[] _prefillPrompts;
    private readonly CountryRecognizer _countries;
    private readonly Dictionary<ChoicePromptStep, ChoiceRecognizer> _choices;
    private readonly Dictionary<CountryPromptStep, ChoiceRecognizer> _countryButtons;
    private readonly Dictionary<ConfirmPromptStep, ChoiceRecognizer> _yesNoChoices;
    private readonly Dictionary<CountryPromptStep, ChoiceRecognizer?> _dontKnow;

    public PromptRecognizer(DialogSet content, CountryRecognizer countries)
    {
        _content = content;
        _prefillPrompts = content.Prompts.Where(p => p.Options.Prefill).ToArray();
        _countries = countries;
        _choices = content.Prompts.OfType<ChoicePromptStep>()
            .ToDictionary(step => step, step => new ChoiceRecognizer(step.Choices), ReferenceEqualityComparer.Instance as IEqualityComparer<ChoicePromptStep>);
        _countryButtons = content.Prompts.OfType<CountryPromptStep>()
            .ToDictionary(step => step, step => new ChoiceRecognizer(BuildCountryButtons(step)), ReferenceEqualityComparer.Instance as IEqualityComparer<CountryPromptStep>);
        _dontKnow = content.Prompts.OfType<CountryPromptStep>()
            .ToDictionary(
                step => step,
                step => step.DontKnow.Count == 0 ? null : new ChoiceRecognizer([new ChoiceOption(Slots.UnknownCountry, step.DontKnow[0], step.DontKnow)]),
                ReferenceEqualityComparer.Instance as IEqualityComparer<CountryPromptStep>);
        _yesNoChoices = content.Prompts.OfType<ConfirmPromptStep>()
            .ToDictionary(
                step => step,
                step => new ChoiceRecognizer([new ChoiceOption(Slots.Yes, step.YesTitle, step.YesSynonyms), new ChoiceOption(Slots.No, step.NoTitle, step.NoSynonyms)]),
                ReferenceEqualityComparer.Instance as IEqualityComparer<ConfirmPromptStep>);
    }

    public PromptOutcome Recognize(PromptStep step, string text, string? locale) => step switch
    {
        ChoicePromptStep choice => _choices[choice].Recognize(text, MatchMode.Answer, locale) is { } match
            ? new PromptOutcome.Recognized(match.Value)
            : new PromptOutcome.NotRecognized(),
        ConfirmPromptStep confirm => RecognizeYesNo(confirm, text, locale),
        CountryPromptStep country => RecognizeCountry(country, text, locale),
        _ => new PromptOutcome.NotRecognized(),
    };

    /// <summary>
    /// Reads answers out of a person's first message ("I'm in Italy and they took my passport"), for the
    /// prompts marked <c>prefill: yes</c>, so the flow does not ask what it was already told.
    /// </summary>
    public Slots Prefill(string text, Slots slots)
    {
        foreach (var prompt in _prefillPrompts)
        {
            if (slots.Get(prompt.Options.Slot) is not null)
            {
                continue;
            }

            var value = prompt switch
            {
                ChoicePromptStep choice => _choices[choice].Recognize(text, MatchMode.Find)?.Value,
                CountryPromptStep => _countries.Recognize(text, MatchMode.Find)?.Code,
                _ => null,
            };
            if (value is not null)
            {
                slots = slots.With(prompt.Options.Slot, value);
            }
        }

        return slots;
    }

    public IReadOnlyList<ChoiceOption> CountryButtons(CountryPromptStep step) => _countryButtons[step].Choices;

    private List<ChoiceOption> BuildCountryButtons(CountryPromptStep step)
        => step.Buttons.Select(code => _content.Knowledge.FindCountry(code)!)
            .Select(c => new ChoiceOption(c.Code, c.Name, c.Aliases))
            .Append(new ChoiceOption(OtherValue, step.OtherTitle, []))
            .ToList();

    private PromptOutcome RecognizeYesNo(ConfirmPromptStep step, string text, string? locale)
    {
        var answer = _yesNoChoices[step].Recognize(text, MatchMode.Answer, locale) switch
        {
            { Value: Slots.Yes } => true,
            { Value: Slots.No } => false,
            _ => ConfirmRecognizer.Recognize(text, locale),
        };
        return answer switch
        {
            true => new PromptOutcome.Recognized(Slots.Yes),
            false => new PromptOutcome.Recognized(Slots.No),
            null => new PromptOutcome.NotRecognized(),
        };
    }

    private PromptOutcome RecognizeCountry(CountryPromptStep step, string text, string? locale)
    {
        if (_countries.Recognize(text, MatchMode.Answer) is { } country)
        {
            return new PromptOutcome.Recognized(country.Code);
        }

        // Found anywhere in the message ("sorry, I don't know where I am"), but never by a number: "1" is a button.
        if (_dontKnow[step]?.Recognize(text, MatchMode.Find) is not null)
        {
            return new PromptOutcome.DontKnow();
        }

        return _countryButtons[step].Recognize(text, MatchMode.Answer, locale) switch
        {
            { Value: OtherValue } => new PromptOutcome.AskOther(),
            { } button => new PromptOutcome.Recognized(button.Value),
            null => new PromptOutcome.NotRecognized(),
        };
    }
}
