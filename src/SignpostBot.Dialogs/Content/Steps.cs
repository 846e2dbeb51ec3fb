using SignpostBot.Dialogs.Recognizers;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Dialogs.Content;

/// <summary>A <c>when:</c> test: the slot holds one of the values.</summary>
public sealed record SlotCondition(SlotName Slot, IReadOnlyList<string> Values)
{
    // Loops rather than LINQ: every step a turn passes is checked, and a lambda or enumerator here is garbage per step.
    public bool IsMetBy(Slots slots)
    {
        if (slots.Get(Slot) is not { } value)
        {
            return false;
        }

        for (var i = 0; i < Values.Count; i++)
        {
            if (string.Equals(Values[i], value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>One step of a waterfall dialog. Steps run in order; a step whose conditions are not met is skipped.</summary>
public abstract record WaterfallStep(string Id, IReadOnlyList<SlotCondition> When, SourceLocation Location)
{
    public bool ShouldRun(Slots slots)
    {
        for (var i = 0; i < When.Count; i++)
        {
            if (!When[i].IsMetBy(slots))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Says something and moves on.</summary>
public sealed record SayStep(string Id, IReadOnlyList<SlotCondition> When, SourceLocation Location, string Text, bool FirstTimeOnly)
    : WaterfallStep(Id, When, Location);

/// <summary>Starts a child dialog; the waterfall continues after it ends.</summary>
public sealed record BeginStep(string Id, IReadOnlyList<SlotCondition> When, SourceLocation Location, string DialogId)
    : WaterfallStep(Id, When, Location);

/// <summary>Shows where to get help: the emergency number, hotlines and guidance.</summary>
public sealed record SignpostStep(string Id, IReadOnlyList<SlotCondition> When, SourceLocation Location, Signpost Signpost)
    : WaterfallStep(Id, When, Location);

/// <summary>
/// The content of a signpost. <see cref="CountryHotlines"/> lists the hotlines of the country in the Country slot
/// (or the international options when the country is unknown).
/// </summary>
public sealed record Signpost
{
    public string? Text { get; init; }
    public bool Emergency { get; init; }
    public bool CountryHotlines { get; init; }
    public IReadOnlyList<string> Hotlines { get; init; } = [];
    public IReadOnlyList<string> GuidanceTopics { get; init; } = [];
    public string? UnknownCountryText { get; init; }
    public string? ChildText { get; init; }
}

/// <summary>Asks a question and waits; the answer goes into <see cref="Slot"/>.</summary>
public abstract record PromptStep(string Id, IReadOnlyList<SlotCondition> When, SourceLocation Location, PromptOptions Options)
    : WaterfallStep(Id, When, Location);

/// <summary>What every prompt has, named as in the Bot Framework's PromptOptions.</summary>
public sealed record PromptOptions(SlotName Slot, string Prompt, string RetryPrompt, string Fallback, bool Prefill);

/// <summary>Pick one of a few options, by button, typed title, synonym, number or ordinal.</summary>
public sealed record ChoicePromptStep(string Id, IReadOnlyList<SlotCondition> When, SourceLocation Location, PromptOptions Options, IReadOnlyList<ChoiceOption> Choices)
    : PromptStep(Id, When, Location, Options);

/// <summary>
/// A yes/no question, understood in 14 languages. The question's own synonyms come first, so "I'm OK" can mean
/// no to "Are you in danger?" although "ok" is a yes elsewhere.
/// </summary>
public sealed record ConfirmPromptStep(string Id, IReadOnlyList<SlotCondition> When, SourceLocation Location, PromptOptions Options, string YesTitle, string NoTitle)
    : PromptStep(Id, When, Location, Options)
{
    public IReadOnlyList<string> YesSynonyms { get; init; } = [];
    public IReadOnlyList<string> NoSynonyms { get; init; } = [];
}

/// <summary>Which country: typed (any language's name or ISO code) or a button for the common ones.</summary>
public sealed record CountryPromptStep(string Id, IReadOnlyList<SlotCondition> When, SourceLocation Location, PromptOptions Options, IReadOnlyList<string> Buttons, string OtherTitle, string AskOther)
    : PromptStep(Id, When, Location, Options);
