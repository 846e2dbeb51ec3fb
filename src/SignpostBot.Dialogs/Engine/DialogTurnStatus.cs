namespace SignpostBot.Dialogs.Engine;

/// <summary>How a turn left the dialogs (Bot Framework vocabulary).</summary>
public enum DialogTurnStatus
{
    /// <summary>Nothing was running and nothing started (e.g. a typing activity).</summary>
    Empty,

    /// <summary>A prompt is waiting for the person's answer.</summary>
    Waiting,

    /// <summary>The flow ran to its end.</summary>
    Complete,

    /// <summary>The person stopped the conversation; its state is deleted.</summary>
    Cancelled,
}
