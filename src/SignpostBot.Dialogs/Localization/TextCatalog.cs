using System.Collections.Frozen;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Recognizers;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Dialogs.Localization;

/// <summary>A text a person reads: its <see cref="TextIds"/> id and its English.</summary>
public sealed record TextEntry(string Id, string English);

/// <summary>
/// The one walker over every text a person reads: flows, global settings, labels, knowledge and the web page. It
/// gives each text its id (<see cref="TextIds"/>) and asks a text source for it in a language; the same walk lists the
/// English for the content tools and builds each language's <see cref="LanguageTexts"/>, so no text can be in one and
/// not the other.
/// </summary>
public static class TextCatalog
{
    /// <summary>Every text's id and English, in content order. Web texts come from the English language file.</summary>
    public static IReadOnlyList<TextEntry> English(DialogSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var entries = new List<TextEntry>();
        Walk(content, LanguageTag.English, (id, english) =>
        {
            entries.Add(new TextEntry(id, english));
            return english;
        });
        return entries;
    }

    /// <summary>Walks the content, taking each text from <paramref name="text"/> (id, English) → the text to show.</summary>
    internal static LanguageTexts Walk(DialogSet content, string language, Func<string, string, string> text)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        string T(string id, string english) => all[id] = text(id, english);
        string? Optional(string id, string? english) => english is null ? null : T(id, english);

        var global = content.Global;
        var labels = Labels(global.Labels, T);
        ChannelText Channels(string id, string english, ChannelTexts onChannel) => new(
            T(id, english),
            onChannel.ByChannel.ToFrozenDictionary(c => c.Key, c => T(TextIds.OnChannel(id, c.Key), c.Value), StringComparer.Ordinal));
        ChannelText Interruption(string name, Interruption interruption)
            => Channels(TextIds.Interruption(name), interruption.Text, interruption.OnChannel);

        var globalTexts = new GlobalTexts(
            Interruption("suicide", global.Suicide),
            Interruption("danger", global.Danger),
            Interruption("help", global.Help),
            Interruption("startOver", global.StartOver),
            Interruption("stop", global.Stop),
            T(TextIds.Global("notText"), global.NotText),
            T(TextIds.Global("gaveUp"), global.GaveUpText))
        {
            DangerSomeoneElse = Optional(TextIds.InterruptionSomeoneElse("danger"), global.Danger.SomeoneElse),
            OtherLanguage = global.OtherLanguage is { } other ? T(TextIds.Global("otherLanguage.text"), other.Text) : null,
            LanguageButton = global.LanguageMenu is { } menu ? T(TextIds.Global("languageMenu.button"), menu.Button) : null,
            LanguageMenu = global.LanguageMenu is { } list ? T(TextIds.Global("languageMenu.text"), list.Text) : null,
        };
        var channelNotes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (channel, settings) in global.Channels)
        {
            if (Optional(TextIds.ChannelNote(channel), settings.Note) is { } note)
            {
                channelNotes[channel] = note;
            }
        }

        var countries = new Dictionary<Country, CountryTexts>(ReferenceEqualityComparer.Instance);
        var emergencies = new Dictionary<Country, EmergencyEntry>(ReferenceEqualityComparer.Instance);
        var hotlines = new Dictionary<Hotline, Hotline>(ReferenceEqualityComparer.Instance);
        foreach (var country in content.Knowledge.Countries)
        {
            countries[country] = new CountryTexts(
                T(TextIds.Country(country.Code, "name"), country.Name),
                Optional(TextIds.Country(country.Code, "emergencyNote"), country.EmergencyNote),
                T(TextIds.Country(country.Code, "in"), country.In));
            if (country.Emergency.Count > 0)
            {
                emergencies[country] = new EmergencyEntry(Phones(country.Emergency, number => TextIds.EmergencyLabel(country.Code, number), Optional), countries[country].EmergencyNote);
            }

            foreach (var hotline in country.Hotlines)
            {
                hotlines.TryAdd(hotline, Hotline(hotline, T, Optional));
            }
        }

        foreach (var hotline in content.Knowledge.International)
        {
            hotlines.TryAdd(hotline, Hotline(hotline, T, Optional));
        }

        var guidance = new Dictionary<GuidanceResource, GuidanceResource>(ReferenceEqualityComparer.Instance);
        foreach (var resource in content.Knowledge.Guidance)
        {
            var summary = T(TextIds.Guidance(resource.Id, "summary"), resource.Summary);
            guidance[resource] = ReferenceEquals(summary, resource.Summary) ? resource : resource with { Summary = summary };
        }

        var unknownCountry = content.Knowledge.UnknownCountryEmergency;
        var unknownCountryEmergency = unknownCountry.Count > 0 ? new EmergencyEntry(Phones(unknownCountry, TextIds.UnknownCountryEmergencyLabel, Optional), null) : null;

        var signposts = new Dictionary<Signpost, SignpostTexts>(ReferenceEqualityComparer.Instance)
        {
            [global.FailSafe] = Signpost(global.FailSafe, field => TextIds.Global("failSafe." + field), Optional),
        };
        if (global.OtherLanguage?.Signpost is { } otherLanguage)
        {
            signposts[otherLanguage] = Signpost(otherLanguage, field => TextIds.Global("otherLanguage.signpost." + field), Optional);
        }

        foreach (var (name, interruption) in new[] { ("suicide", global.Suicide), ("danger", global.Danger), ("help", global.Help), ("startOver", global.StartOver), ("stop", global.Stop) })
        {
            if (interruption.Signpost is { } support)
            {
                signposts[support] = Signpost(support, field => TextIds.Global($"interruptions.{name}.signpost.{field}"), Optional);
            }
        }

        var firstMessage = new Dictionary<FirstMessageReply, ChannelText>(ReferenceEqualityComparer.Instance);
        foreach (var reply in global.FirstMessage.Replies)
        {
            string Id(string field) => TextIds.FirstMessage(reply.Id, field);
            if (reply.Say is { } say)
            {
                firstMessage[reply] = Channels(Id("say"), say, reply.OnChannel);
            }

            if (reply.Signpost is { } shown)
            {
                signposts[shown] = Signpost(shown, field => Id("signpost." + field), Optional);
            }
        }

        foreach (var (id, answer) in content.Answers)
        {
            signposts[answer] = Signpost(answer, field => TextIds.Answer(id, field), Optional);
        }

        var says = new Dictionary<WaterfallStep, ChannelText>(ReferenceEqualityComparer.Instance);
        var prompts = new Dictionary<PromptStep, PromptTexts>(ReferenceEqualityComparer.Instance);
        foreach (var dialog in content.Dialogs)
        {
            foreach (var step in dialog.Steps)
            {
                string Id(string field) => TextIds.Step(dialog.Id, step.Id, field);
                switch (step)
                {
                    case SayStep say:
                        says[say] = Channels(Id("text"), say.Text, say.OnChannel);
                        break;
                    case SignpostStep signpost:
                        signposts[signpost.Signpost] = Signpost(signpost.Signpost, Id, Optional);
                        break;
                    case PromptStep prompt:
                        prompts[prompt] = Prompt(prompt, dialog.Id, content, countries, Id, T);
                        break;
                }
            }
        }

        var web = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, english) in EnglishWebTexts(content))
        {
            web[id[TextIds.WebPrefix.Length..]] = T(id, english);
        }

        return new LanguageTexts(
            language,
            labels,
            globalTexts,
            channelNotes.ToFrozenDictionary(StringComparer.Ordinal),
            says,
            firstMessage,
            prompts,
            signposts,
            countries,
            hotlines,
            guidance,
            emergencies,
            unknownCountryEmergency,
            web.ToFrozenDictionary(StringComparer.Ordinal),
            all.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The English of the texts that have no inline home (the web page's), from the English language file.</summary>
    private static IEnumerable<KeyValuePair<string, string>> EnglishWebTexts(DialogSet content)
        => content.Translations.FirstOrDefault(t => t.Language == LanguageTag.English)?.Texts
            .Where(t => t.Key.StartsWith(TextIds.WebPrefix, StringComparison.Ordinal))
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            ?? Enumerable.Empty<KeyValuePair<string, string>>();

    private static Labels Labels(Labels english, Func<string, string, string> t) => new()
    {
        Emergency = t(TextIds.Label("emergency"), english.Emergency),
        Or = t(TextIds.Label("or"), english.Or),
        Call = t(TextIds.Label("call"), english.Call),
        Website = t(TextIds.Label("website"), english.Website),
        Email = t(TextIds.Label("email"), english.Email),
        Hours = t(TextIds.Label("hours"), english.Hours),
        Languages = t(TextIds.Label("languages"), english.Languages),
        Free = t(TextIds.Label("free"), english.Free),
        Anonymous = t(TextIds.Label("anonymous"), english.Anonymous),
        Guidance = t(TextIds.Label("guidance"), english.Guidance),
        CountryOnly = t(TextIds.Label("countryOnly"), english.CountryOnly),
    };

    private static Hotline Hotline(Hotline hotline, Func<string, string, string> t, Func<string, string?, string?> optional)
    {
        var summary = t(TextIds.Hotline(hotline.Id, "summary"), hotline.Summary);
        var hours = optional(TextIds.Hotline(hotline.Id, "hours"), hotline.Hours);
        var phones = Phones(hotline.Phones, number => TextIds.PhoneLabel(hotline.Id, number), optional);
        return ReferenceEquals(summary, hotline.Summary) && ReferenceEquals(hours, hotline.Hours) && ReferenceEquals(phones, hotline.Phones)
            ? hotline
            : hotline with { Summary = summary, Hours = hours, Phones = phones };
    }

    /// <summary>Phones with their labels in the language: the same list when no label differs, so cards keyed by it are shared.</summary>
    private static IReadOnlyList<Phone> Phones(IReadOnlyList<Phone> english, Func<string, string> labelId, Func<string, string?, string?> optional)
    {
        var phones = new Phone[english.Count];
        var changed = false;
        for (var i = 0; i < phones.Length; i++)
        {
            var phone = english[i];
            var label = optional(labelId(phone.Display), phone.Label);
            phones[i] = ReferenceEquals(label, phone.Label) ? phone : phone with { Label = label };
            changed |= !ReferenceEquals(phones[i], phone);
        }

        return changed ? phones : english;
    }

    private static SignpostTexts Signpost(Signpost signpost, Func<string, string> id, Func<string, string?, string?> optional) => new(
        optional(id("text"), signpost.Text),
        optional(id("unknownCountryText"), signpost.UnknownCountryText),
        optional(id("noCountryText"), signpost.NoCountryText),
        optional(id("childText"), signpost.ChildText));

    private static PromptTexts Prompt(
        PromptStep step,
        string dialogId,
        DialogSet content,
        Dictionary<Country, CountryTexts> countries,
        Func<string, string> id,
        Func<string, string, string> t)
    {
        var prompt = t(id("prompt"), step.Options.Prompt);
        var retry = t(id("retry"), step.Options.RetryPrompt);
        string? askOther = null;
        string? dontKnowText = null;
        IReadOnlyList<ChoiceOption> choices;
        switch (step)
        {
            case ChoicePromptStep choice:
                var translated = choice.Choices.Select(c => Option(c, t(TextIds.Choice(dialogId, step.Id, c.Value), c.Title))).ToList();
                choices = translated.Zip(choice.Choices).All(p => ReferenceEquals(p.First, p.Second)) ? choice.Choices : translated;
                break;
            case ConfirmPromptStep confirm:
                choices =
                [
                    Option(new ChoiceOption(Slots.Yes, confirm.YesTitle, confirm.YesSynonyms), t(id("yes"), confirm.YesTitle)),
                    Option(new ChoiceOption(Slots.No, confirm.NoTitle, confirm.NoSynonyms), t(id("no"), confirm.NoTitle)),
                ];
                break;
            case CountryPromptStep country:
                askOther = t(id("askOther"), country.AskOther);
                dontKnowText = country.DontKnowText is { } reassurance ? t(id("dontKnowText"), reassurance) : null;
                choices = country.Buttons
                    .Select(code => content.Knowledge.FindCountry(code)!)
                    .Select(c => Option(new ChoiceOption(c.Code, c.Name, c.Aliases), countries[c].Name))
                    .Append(new ChoiceOption(PromptRecognizer.OtherValue, t(id("other"), country.OtherTitle), []))
                    .ToList();
                break;
            default:
                choices = [];
                break;
        }

        return new PromptTexts(prompt, retry, askOther, new ChoiceRecognizer(choices, content.Words), choices.Select(c => new ChoiceButton(c.Title, c.Title)).ToList())
        {
            DontKnowText = dontKnowText,
        };
    }

    // A translated title becomes the option's title; the English one stays as a synonym, so typing it still works.
    private static ChoiceOption Option(ChoiceOption english, string title)
        => ReferenceEquals(title, english.Title) ? english : english with { Title = title, Synonyms = [.. english.Synonyms, english.Title] };
}
