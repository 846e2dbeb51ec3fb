namespace SignpostBot.Dialogs.Recognizers;

/// <summary>One option of a choice prompt: the value stored, the button title and other ways of saying it.</summary>
public sealed record ChoiceOption(string Value, string Title, IReadOnlyList<string> Synonyms);
