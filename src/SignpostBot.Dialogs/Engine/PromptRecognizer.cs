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

    public PromptRecognizer(DialogSet content, CountryRecognizer countries)
    {
        _prefillPrompts = content.Prompts.Where(p => p.Options.Prefill).ToArray();
        _countries = countries;
        _words = content.Words;
    }

    /// <param name="texts">The prompt in the person's language: its options (and buttons) are what an answer is read against.</param>
    public PromptOutcome Recognize(PromptStep step, string text, string? locale, PromptTexts texts) => step switch
    {
        ChoicePromptStep => texts.Recognizer.Recognize(text, MatchMode.Answer, locale) is { } match
            ? new PromptOutcome.Recognized(match.Value)
            : new PromptOutcome.NotRecognized(),
        ConfirmPromptStep => RecognizeYesNo(texts.Recognizer, text, locale),
        CountryPromptStep => RecognizeCountry(texts.Recognizer, text, locale),
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

    private PromptOutcome RecognizeCountry(ChoiceRecognizer buttons, string text, string? locale)
    {
        if (_countries.Recognize(text, MatchMode.Answer) is { } country)
        {
            return new PromptOutcome.Recognized(country.Code);
        }

        return buttons.Recognize(text, MatchMode.Answer, locale) switch
        {
            { Value: OtherValue } => new PromptOutcome.AskOther(),
            { } button => new PromptOutcome.Recognized(button.Value),
            null => new PromptOutcome.NotRecognized(),
        };
    }
}
