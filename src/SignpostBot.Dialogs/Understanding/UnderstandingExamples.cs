using SignpostBot.Dialogs.Recognizers;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Dialogs.Understanding;

/// <summary>
/// What the bot understands in one language, from <c>dialogs/understanding/{language}.yaml</c>: example messages by
/// intent (the classifier's training data) and the safety rules' phrases. Content, not code: a safeguarding lead
/// teaches the bot a phrase by adding a line there (docs/content-authoring.md).
/// </summary>
public sealed record UnderstandingExamples
{
    /// <summary>The language of the examples (a normalized BCP 47 tag), the file's name.</summary>
    public required string Language { get; init; }

    public required SourceLocation Location { get; init; }

    /// <summary>Example messages by intent name (<c>disclosure.forced_work</c>), as people really type them.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Intents { get; init; }

    /// <summary>
    /// Phrases that say there is danger now, whatever the classifier says: the one place the bot's danger rule reads
    /// (<see cref="SafetyRules"/>, every language's together). A word ending in <c>*</c> is a stem.
    /// </summary>
    public IReadOnlyList<string> Danger { get; init; } = [];

    /// <summary>Phrases that say thoughts of suicide or self-harm, whatever the classifier says; as <see cref="Danger"/>.</summary>
    public IReadOnlyList<string> SelfHarm { get; init; } = [];

    /// <summary>Words that deny a safety phrase straight after them ("not in danger"); never a plea ("please don't").</summary>
    public IReadOnlyList<string> Negations { get; init; } = [];

    /// <summary>Words that plead ("please", "pls"): a negation right after one asks for safety ("please don't hurt me").</summary>
    public IReadOnlyList<string> Pleas { get; init; } = [];

    /// <summary>
    /// Words written joined onto the next word (Arabic "و" and, "ف" so): a safety phrase still counts with one of
    /// them in front ("وهددني" is "and he threatened me").
    /// </summary>
    public IReadOnlyList<string> Joined { get; init; } = [];

    /// <summary>Negations that also command ("don't", "do not"): opening a message, they plead ("don't kill me").</summary>
    public IReadOnlyList<string> Imperatives { get; init; } = [];

    /// <summary>Words that say the person at risk is under 18.</summary>
    public IReadOnlyList<string> ChildWords { get; init; } = [];

    /// <summary>Words beside a number that make it an age ("years old").</summary>
    public IReadOnlyList<string> AgeWords { get; init; } = [];

    /// <summary>Phrases that say who is writing (<c>roleWords</c>: professional, someoneElse, self), for the <see cref="RoleHintRecognizer"/>.</summary>
    public IReadOnlyDictionary<RoleHint, IReadOnlyList<string>> RoleWords { get; init; } = new Dictionary<RoleHint, IReadOnlyList<string>>();

    /// <summary>Every example of every intent, as (intent, text) pairs in file order: the training rows.</summary>
    public IEnumerable<(string Intent, string Text)> Examples
        => Intents.SelectMany(i => i.Value.Select(text => (i.Key, text)));
}
