using SignpostBot.Dialogs.Recognizers;

namespace SignpostBot.Dialogs.Understanding;

/// <summary>
/// What the bot understood from one message: the intents with scores, the safety detections (the union of the content
/// rules and the classifier) and the entities. <see cref="Rules"/> names what decided, for <c>explain</c>.
/// </summary>
/// <param name="Scores">Every intent's score, best first; empty when no classifier is trained.</param>
/// <param name="Country">ISO 3166-1 alpha-2 of the country where the writer (or the person at risk) is, by name, native
/// name, alias or town ("I'm in Birmingham" is GB); null when the message does not say. A country named only as an
/// origin is <see cref="Origin"/>.</param>
/// <param name="Age">An age stated in the message, in years; null when none is.</param>
/// <param name="Under18">The person at risk is a child: an age under 18, or a child word ("im in year 9", "minor").</param>
/// <param name="Role">victim (about themselves), public (about someone else), professional (in a work capacity) or unknown.</param>
public sealed record Interpretation(
    IReadOnlyList<IntentScore> Scores,
    bool Danger,
    bool SelfHarm,
    string? Country,
    int? Age,
    bool Under18,
    string Role,
    IReadOnlyList<string> Rules)
{
    /// <summary>ISO 3166-1 alpha-2 of a country named only as where someone comes from ("I am from Vietnam"); never whose helplines fit.</summary>
    public string? Origin { get; init; }

    /// <summary>
    /// The country of <see cref="Country"/> when a name or a town of the gazetteer says it, as the place rules read them
    /// (a town needing a cue word had one); null when it is only the typo-tolerant guess or nothing. A question that
    /// asks for the country may take it: "Leeds" is an answer there, "orange" is not.
    /// </summary>
    public string? NamedCountry => CountrySource is CountryMentionSource.CountryName or CountryMentionSource.City ? Country : null;

    /// <summary>
    /// The message's answer to "is the person under 18?" when it states an age or a child word: true for a child, false
    /// for an age of 18 or more ("she is 14", "he looks about 20"); null when it says neither.
    /// </summary>
    public bool? StatesChild => Under18 ? true : Age >= 18 ? false : null;

    /// <summary>How <see cref="Country"/> was found; null when it was not.</summary>
    public CountryMentionSource? CountrySource { get; init; }

    /// <summary>The best intent, or <c>other</c> when nothing is known.</summary>
    public string Intent => Scores.Count > 0 ? Scores[0].Intent : "other";

    /// <summary>The best intent's score, 0 to 1.</summary>
    public float Confidence => Scores.Count > 0 ? Scores[0].Score : 0f;
}
