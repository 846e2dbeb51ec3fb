namespace SignpostBot.Dialogs.State;

/// <summary>
/// One dialog on the stack: which dialog, which step it is on (by the step's id, so a release that adds or moves
/// steps does not move a saved conversation to another question), how many answers the current prompt has not
/// understood, and whether a country prompt has asked for a typed name.
/// </summary>
/// <param name="StepId">
/// The <c>id</c> of the step in <c>dialogs/*.yaml</c>: the waiting prompt for the active dialog, the <c>begin</c>
/// step for the dialogs under it.
/// </param>
public sealed record DialogFrame(string DialogId, string StepId, int Attempts = 0, bool AskedOther = false);
