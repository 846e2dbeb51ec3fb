using SignpostBot.Knowledge.Model;
using SignpostBot.Dialogs.Recognizers;

namespace SignpostBot.Dialogs.Content;

/// <summary>
/// A <c>when:</c> test: the slot holds one of the values. An <c>unless:</c> test (<see cref="Negated"/>) is met when
/// the slot holds none of them, including when it is not known ("unless country is GB" holds for "unknown").
/// </summary>
public sealed record SlotCondition(SlotName Slot, IReadOnlyList<string> Values, bool Negated = false)
{
    public bool IsMetBy(Slots slots) => HoldsOneOf(slots) != Negated;

    // Loops rather than LINQ: every step a turn passes is checked, and a lambda or enumerator here is garbage per step.
    private bool HoldsOneOf(Slots slots)
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
    : WaterfallStep(Id, When, Location)
{
    /// <summary>What it says instead on some channels (what is kept differs between Teams and a web page).</summary>
    public ChannelTexts OnChannel { get; init; } = ChannelTexts.None;

    public string TextFor(string? channelId) => OnChannel.For(channelId) ?? Text;
}

/// <summary>Starts a child dialog; the waterfall continues after it ends.</summary>
public sealed record BeginStep(string Id, IReadOnlyList<SlotCondition> When, SourceLocation Location, string DialogId)
    : WaterfallStep(Id, When, Location);

/// <summary>Shows where to get help: the emergency number, hotlines and guidance.</summary>
public sealed record SignpostStep(string Id, IReadOnlyList<SlotCondition> When, SourceLocation Location, Signpost Signpost)
    : WaterfallStep(Id, When, Location);

/// <summary>
/// The content of a signpost. <see cref="CountryHotlines"/> lists the hotlines of the country in the Country slot
/// for <see cref="Audience"/>; when that country has none, <see cref="Hotlines"/> (or, without them, the
/// international options) under <see cref="UnknownCountryText"/> or <see cref="NoCountryText"/>. Without
/// <see cref="CountryHotlines"/>, <see cref="Hotlines"/> are always shown. A hotline shown outside its own
/// country's list is headed with its country.
/// </summary>
public sealed record Signpost
{
    /// <summary>The default audiences of a country list: a person asking for themselves, who may be a child.</summary>
    public static readonly IReadOnlyList<string> SelfAudience = [Knowledge.Model.Audience.Victim, Knowledge.Model.Audience.Child];

    public string? Text { get; init; }
    public bool Emergency { get; init; }
    public bool CountryHotlines { get; init; }
    public IReadOnlyList<string> Hotlines { get; init; } = [];
    public IReadOnlyList<string> GuidanceTopics { get; init; } = [];

    /// <summary>Guidance resources named by id (an answer's GOV.UK page), shown after those of <see cref="GuidanceTopics"/>.</summary>
    public IReadOnlyList<string> Guidance { get; init; } = [];

    /// <summary>Said when the person named a country we have no list for; <c>{country}</c> is its name.</summary>
    public string? UnknownCountryText { get; init; }

    /// <summary>Said when the country is not known at all (not given, or "I don't know"); it has no placeholder.</summary>
    public string? NoCountryText { get; init; }
    public string? ChildText { get; init; }

    /// <summary>Whose hotlines a country list shows (knowledge's <c>for:</c> words).</summary>
    public IReadOnlyList<string> Audience { get; init; } = SelfAudience;
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
    : PromptStep(Id, When, Location, Options)
{
    /// <summary>Answers meaning "I don't know where I am": taken at once as an unknown country, not as a miss.</summary>
    public IReadOnlyList<string> DontKnow { get; init; } = [];

    /// <summary>Said to such an answer before the flow carries on ("That's OK…").</summary>
    public string? DontKnowText { get; init; }
}
