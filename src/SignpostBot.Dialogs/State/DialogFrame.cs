namespace SignpostBot.Dialogs.State;

/// <summary>
/// One dialog on the stack: which dialog, which step it is on, how many answers the current prompt has not
/// understood, and whether a country prompt has asked for a typed name.
/// </summary>
public sealed record DialogFrame(string DialogId, int StepIndex, int Attempts = 0, bool AskedOther = false);
