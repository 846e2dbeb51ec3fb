namespace SignpostBot.Dialogs.Understanding;

/// <summary>
/// What the bot understood from one message: the intents with scores, the safety detections (the union of the content
/// rules and the classifier) and the entities. <see cref="Rules"/> names what decided, for <c>explain</c>.
/// </summary>
/// <param name="Scores">Every intent's score, best first; empty when no classifier is trained.</param>
/// <param name="Country">ISO 3166-1 alpha-2 of a country named in the message; null when none is.</param>
/// <param name="Age">An age stated in the message, in years; null when none is.</param>
/// <param name="Role">victim, public, professional or unknown.</param>
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
    /// <summary>The best intent, or <c>other</c> when nothing is known.</summary>
    public string Intent => Scores.Count > 0 ? Scores[0].Intent : "other";

    /// <summary>The best intent's score, 0 to 1.</summary>
    public float Confidence => Scores.Count > 0 ? Scores[0].Score : 0f;
}
