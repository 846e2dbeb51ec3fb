using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Localization;
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

/// <summary>
/// Recognizes an answer for each kind of prompt, and finds answers inside a first free message. The options an answer
/// is read against are the prompt's in the person's language (<see cref="PromptTexts.Recognizer"/>, made when the
/// content is loaded, one per prompt and language).
/// </summary>
internal sealed class PromptRecognizer
{
    /// <summary>The value of the country prompt's "another country" button; no country code looks like it.</summary>
    internal const string OtherValue = "\u0000other";

    // Found once: every first message is read against these prompts.
    private readonly PromptStep[] _prefillPrompts;
    private readonly CountryRecognizer _countries;
    private readonly RecognizerWords _words;

    // "I don't know where I am": recognition data of the country prompts, read in any language the content lists.
    private readonly Dictionary<CountryPromptStep, ChoiceRecognizer?> _dontKnow;

    public PromptRecognizer(DialogSet content, CountryRecognizer countries)
    {
        _prefillPrompts = content.Prompts.Where(p => p.Options.Prefill).ToArray();
        _countries = countries;
        _words = content.Words;
        _dontKnow = content.Prompts.OfType<CountryPromptStep>()
            .ToDictionary(
                step => step,
                step => step.DontKnow.Count == 0 ? null : new ChoiceRecognizer([new ChoiceOption(Slots.UnknownCountry, step.DontKnow[0], step.DontKnow)], content.Words),
                ReferenceEqualityComparer.Instance as IEqualityComparer<CountryPromptStep>);
    }

    /// <param name="texts">The prompt in the person's language: its options (and buttons) are what an answer is read against.</param>
    public PromptOutcome Recognize(PromptStep step, string text, string? locale, PromptTexts texts) => step switch
    {
        ChoicePromptStep => texts.Recognizer.Recognize(text, MatchMode.Answer, locale) is { } match
            ? new PromptOutcome.Recognized(match.Value)
            : new PromptOutcome.NotRecognized(),
        ConfirmPromptStep => RecognizeYesNo(texts.Recognizer, text, locale),
        CountryPromptStep country => RecognizeCountry(country, texts.Recognizer, text, locale),
        _ => new PromptOutcome.NotRecognized(),
    };

    /// <summary>
    /// Reads answers out of a person's first message ("I'm in Italy and they took my passport"), for the
    /// prompts marked <c>prefill: yes</c>, so the flow does not ask what it was already told.
    /// </summary>
    public Slots Prefill(string text, Slots slots, LanguageTexts texts)
    {
        foreach (var prompt in _prefillPrompts)
        {
            if (slots.Get(prompt.Options.Slot) is not null)
            {
                continue;
            }

            var value = prompt switch
            {
                ChoicePromptStep choice => texts.Prompt(choice).Recognizer.Recognize(text, MatchMode.Find)?.Value,
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

    private PromptOutcome RecognizeYesNo(ChoiceRecognizer yesNo, string text, string? locale)
    {
        var answer = yesNo.Recognize(text, MatchMode.Answer, locale) switch
        {
            { Value: Slots.Yes } => true,
            { Value: Slots.No } => false,
            _ => ConfirmRecognizer.Recognize(text, _words, locale),
        };
        return answer switch
        {
            true => new PromptOutcome.Recognized(Slots.Yes),
            false => new PromptOutcome.Recognized(Slots.No),
            null => new PromptOutcome.NotRecognized(),
        };
    }

    private PromptOutcome RecognizeCountry(CountryPromptStep step, ChoiceRecognizer buttons, string text, string? locale)
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

        return buttons.Recognize(text, MatchMode.Answer, locale) switch
        {
            { Value: OtherValue } => new PromptOutcome.AskOther(),
            { } button => new PromptOutcome.Recognized(button.Value),
            null => new PromptOutcome.NotRecognized(),
        };
    }
}
