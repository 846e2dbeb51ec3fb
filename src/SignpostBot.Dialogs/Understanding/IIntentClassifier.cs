namespace SignpostBot.Dialogs.Understanding;

/// <summary>An intent and the classifier's confidence in it, from 0 to 1 (the scores of one message sum to 1).</summary>
public readonly record struct IntentScore(string Intent, float Score);

/// <summary>
/// Reads a message's intent. Pure from the turn's point of view: no I/O, the same text always gives the same scores.
/// The safety rules never depend on it alone (danger and self-harm are the union of rules and classifier).
/// </summary>
public interface IIntentClassifier
{
    /// <summary>Every known intent with its score, best first; empty for an empty message.</summary>
    IReadOnlyList<IntentScore> Classify(string text);
}
