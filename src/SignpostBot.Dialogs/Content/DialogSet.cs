using System.Collections.Frozen;
using SignpostBot.Dialogs.Localization;
using SignpostBot.Dialogs.Recognizers;
using SignpostBot.Dialogs.Understanding;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Dialogs.Content;

/// <summary>All flows and global settings, checked against each other and against the knowledge.</summary>
public sealed class DialogSet
{
    private readonly FrozenDictionary<string, DialogDefinition> _dialogs;

    public DialogSet(IReadOnlyList<DialogDefinition> dialogs, GlobalSettings global, KnowledgeBase knowledge)
    {
        Dialogs = dialogs;
        Global = global;
        Knowledge = knowledge;
        _dialogs = dialogs.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);
        Answers = knowledge.Answers.ToFrozenDictionary(
            a => a.Id,
            a => new Signpost { Text = a.Text, Hotlines = a.Hotlines, Guidance = a.Guidance, Audience = [Audience.Professional] },
            StringComparer.Ordinal);
    }

    /// <summary>Each answer of <c>knowledge/answers.yaml</c> as the signpost that shows it, by answer id (made once, so its texts are translatable).</summary>
    public FrozenDictionary<string, Signpost> Answers { get; }

    /// <summary>The signpost of an intent's main answer, or null when knowledge/answers.yaml has none.</summary>
    public Signpost? AnswerFor(string intent) => Knowledge.AnswerFor(intent) is { } answer ? Answers[answer.Id] : null;

    public IReadOnlyList<DialogDefinition> Dialogs { get; }
    public GlobalSettings Global { get; }
    public KnowledgeBase Knowledge { get; }

    /// <summary>The language files (<c>dialogs/locales/</c>): translations of the inline English, by text id.</summary>
    public IReadOnlyList<Translation> Translations { get; private init; } = [];

    /// <summary>The recognizers' words of each language (<c>dialogs/language/</c>).</summary>
    public IReadOnlyList<LanguageWords> LanguageWords { get; private init; } = [];

    /// <summary>The languages the bot can speak (<c>dialogs/languages.yaml</c>): names, direction, the switch sentence.</summary>
    public IReadOnlyList<SupportedLanguage> Languages { get; private init; } = [];

    /// <summary>The recognizers' words of every language, merged once.</summary>
    public RecognizerWords Words { get; private init; } = RecognizerWords.None;

    /// <summary>The same flows and knowledge with these language files.</summary>
    public DialogSet WithTranslations(IReadOnlyList<Translation> translations)
        => new(Dialogs, Global, Knowledge) { Translations = translations, LanguageWords = LanguageWords, Words = Words, Languages = Languages, Unspoken = Unspoken, Understanding = Understanding };

    /// <summary>The same flows and knowledge with these recognizer words.</summary>
    public DialogSet WithLanguageWords(IReadOnlyList<LanguageWords> languages)
        => new(Dialogs, Global, Knowledge) { Translations = Translations, LanguageWords = languages, Words = new RecognizerWords(languages), Languages = Languages, Unspoken = Unspoken, Understanding = Understanding };

    /// <summary>The languages the bot cannot speak yet (<c>notSpoken</c> in <c>dialogs/languages.yaml</c>): their names and everyday words.</summary>
    public IReadOnlyList<UnspokenLanguage> Unspoken { get; private init; } = [];

    /// <summary>The same flows and knowledge with this list of languages, and of those it does not speak.</summary>
    public DialogSet WithLanguages(IReadOnlyList<SupportedLanguage> languages, IReadOnlyList<UnspokenLanguage>? unspoken = null)
        => new(Dialogs, Global, Knowledge) { Translations = Translations, LanguageWords = LanguageWords, Words = Words, Languages = languages, Unspoken = unspoken ?? Unspoken, Understanding = Understanding };

    /// <summary>What the bot understands in each language (<c>dialogs/understanding/</c>): intent examples and safety rules.</summary>
    public IReadOnlyList<UnderstandingExamples> Understanding { get; private init; } = [];

    /// <summary>The same flows and knowledge with these understanding files.</summary>
    public DialogSet WithUnderstanding(IReadOnlyList<UnderstandingExamples> understanding)
        => new(Dialogs, Global, Knowledge) { Translations = Translations, LanguageWords = LanguageWords, Words = Words, Languages = Languages, Unspoken = Unspoken, Understanding = understanding };

    public DialogDefinition? Find(string id) => _dialogs.GetValueOrDefault(id);

    public DialogDefinition Start => _dialogs[Global.StartDialog];

    /// <summary>Every prompt in every dialog, for first-message prefill and the content tools.</summary>
    public IEnumerable<PromptStep> Prompts => Dialogs.SelectMany(d => d.Steps).OfType<PromptStep>();
}
