namespace SignpostBot.Dialogs.Recognizers;

/// <summary>The option a message chose: its value, its position in the list of choices and a score in (0, 1].</summary>
public sealed record ChoiceMatch(string Value, int Index, double Score);
