using System.Collections.Frozen;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Recognizers;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Dialogs.Localization;

/// <summary>A sentence in one language, with its wording on particular channels (what Teams keeps differs from a web page).</summary>
public sealed record ChannelText(string Text, FrozenDictionary<string, string> OnChannel)
{
    /// <summary>The wording for a conversation on this channel.</summary>
    public string For(string? channelId) => channelId is not null && OnChannel.TryGetValue(channelId, out var text) ? text : Text;
}

/// <summary>The interruptions' and the engine's own sentences in one language.</summary>
public sealed record GlobalTexts(ChannelText Suicide, ChannelText Danger, ChannelText Help, ChannelText StartOver, ChannelText Stop, string NotText, string GaveUp)
{
    /// <summary>The danger text for someone telling of another person's danger; null when the content has none.</summary>
    public string? DangerSomeoneElse { get; init; }

    /// <summary>Said to a message in a script the bot cannot read; null when the content has no <c>otherLanguage</c>.</summary>
    public string? OtherLanguage { get; init; }

    /// <summary>The Language button's title; null when the content has no <c>languageMenu</c>.</summary>
    public string? LanguageButton { get; init; }

    /// <summary>The sentence above the languages' buttons; null when the content has no <c>languageMenu</c>.</summary>
    public string? LanguageMenu { get; init; }
}

/// <summary>
/// A prompt in one language: its question, its retry, the country prompt's follow-up, the recognizer of its options
/// (the translated title first; the English title stays a synonym, so English answers still work) and the buttons.
/// </summary>
public sealed record PromptTexts(string Prompt, string Retry, string? AskOther, ChoiceRecognizer Recognizer, IReadOnlyList<ChoiceButton> Buttons)
{
    /// <summary>The country prompt's reassurance when the person does not know where they are.</summary>
    public string? DontKnowText { get; init; }
}

/// <summary>A signpost's sentences in one language; <c>{country}</c> is filled by <see cref="TextFormatter"/>.</summary>
public sealed record SignpostTexts(string? Text, string? UnknownCountryText, string? NoCountryText, string? ChildText);

/// <summary>A country's words in one language.</summary>
/// <param name="Name">Its name standing alone, as in a label or in brackets (<c>{country}</c>).</param>
/// <param name="In">Being there, with the preposition, case and article the language needs: "in the United Kingdom",
/// "no Reino Unido", "w Wielkiej Brytanii" (<c>{inCountry}</c>).</param>
public sealed record CountryTexts(string Name, string? EmergencyNote, string In);

/// <summary>
/// Every text of one content version in one language, resolved along the fallback chain once when the content is
/// loaded (<see cref="TextCatalog"/>): a turn only looks texts up, by the content object they belong to. Hotlines and
/// guidance come back as copies with their texts in this language (the same object when nothing differs).
/// </summary>
public sealed class LanguageTexts
{
    internal LanguageTexts(
        string language,
        Labels labels,
        GlobalTexts global,
        FrozenDictionary<string, string> channelNotes,
        Dictionary<WaterfallStep, ChannelText> says,
        Dictionary<FirstMessageReply, ChannelText> firstMessage,
        Dictionary<PromptStep, PromptTexts> prompts,
        Dictionary<Signpost, SignpostTexts> signposts,
        Dictionary<Country, CountryTexts> countries,
        Dictionary<Hotline, Hotline> hotlines,
        Dictionary<GuidanceResource, GuidanceResource> guidance,
        Dictionary<Country, EmergencyEntry> emergencies,
        EmergencyEntry? unknownCountryEmergency,
        FrozenDictionary<string, string> web,
        FrozenDictionary<string, string> all)
    {
        Language = language;
        Labels = labels;
        Global = global;
        _channelNotes = channelNotes;
        _says = says;
        _firstMessage = firstMessage;
        _prompts = prompts;
        _signposts = signposts;
        _countries = countries;
        _hotlines = hotlines;
        _guidance = guidance;
        _emergencies = emergencies;
        UnknownCountryEmergency = unknownCountryEmergency;
        Web = web;
        All = all;
    }

    private readonly FrozenDictionary<string, string> _channelNotes;
    private readonly Dictionary<WaterfallStep, ChannelText> _says;
    private readonly Dictionary<FirstMessageReply, ChannelText> _firstMessage;
    private readonly Dictionary<PromptStep, PromptTexts> _prompts;
    private readonly Dictionary<Signpost, SignpostTexts> _signposts;
    private readonly Dictionary<Country, CountryTexts> _countries;
    private readonly Dictionary<Hotline, Hotline> _hotlines;
    private readonly Dictionary<GuidanceResource, GuidanceResource> _guidance;
    private readonly Dictionary<Country, EmergencyEntry> _emergencies;

    /// <summary>The language these texts are for (a tag with a language file, or <see cref="LanguageTag.English"/>).</summary>
    public string Language { get; }

    public Labels Labels { get; }

    public GlobalTexts Global { get; }

    /// <summary>The page's and widget's texts, by key without the <c>web.</c> prefix.</summary>
    public FrozenDictionary<string, string> Web { get; }

    /// <summary>Every text by id, for the content tools and tests.</summary>
    public FrozenDictionary<string, string> All { get; }

    public string? ChannelNote(string channelId) => _channelNotes.GetValueOrDefault(channelId);

    public ChannelText Say(SayStep step) => _says[step];

    public PromptTexts Prompt(PromptStep step) => _prompts[step];

    /// <summary>What a first-message reply says before its help, or null when it says nothing.</summary>
    public ChannelText? FirstMessageSay(FirstMessageReply reply) => _firstMessage.GetValueOrDefault(reply);

    /// <summary>The signpost's texts; a signpost made outside the loaded content keeps its own.</summary>
    public SignpostTexts Signpost(Signpost signpost)
        => _signposts.TryGetValue(signpost, out var texts) ? texts : new SignpostTexts(signpost.Text, signpost.UnknownCountryText, signpost.NoCountryText, signpost.ChildText);

    public CountryTexts Country(Country country)
        => _countries.TryGetValue(country, out var texts) ? texts : new CountryTexts(country.Name, country.EmergencyNote, country.In);

    public Hotline Hotline(Hotline hotline) => _hotlines.GetValueOrDefault(hotline, hotline);

    public GuidanceResource Guidance(GuidanceResource resource) => _guidance.GetValueOrDefault(resource, resource);

    /// <summary>
    /// A country's emergency numbers with their labels and note in this language; null when it lists none. One entry
    /// per country and language, so renderers can keep its card.
    /// </summary>
    public EmergencyEntry? Emergency(Country country) => _emergencies.GetValueOrDefault(country);

    /// <summary>The emergency numbers shown while the person's country is not known (112, and 999 labelled as the UK's).</summary>
    public EmergencyEntry? UnknownCountryEmergency { get; }
}
