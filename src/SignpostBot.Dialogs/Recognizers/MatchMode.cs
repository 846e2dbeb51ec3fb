namespace SignpostBot.Dialogs.Recognizers;

/// <summary>How a recognizer reads a message.</summary>
public enum MatchMode
{
    /// <summary>The whole message answers the prompt: titles, synonyms, typos, numbers ("2", "two") and ordinals ("the second one", "last").</summary>
    Answer,

    /// <summary>
    /// A choice is looked for inside a longer free message ("I'm in Italy and they took my passport"): titles, synonyms
    /// and names only, no numbers or ordinals, and typos only in words of 6 letters or more.
    /// </summary>
    Find,
}
