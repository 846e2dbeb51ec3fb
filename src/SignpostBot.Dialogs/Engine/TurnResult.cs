using SignpostBot.Dialogs.Schema;
using SignpostBot.Dialogs.State;

namespace SignpostBot.Dialogs.Engine;

/// <summary>What a turn produced: the new state (null = forget this conversation) and the replies to send.</summary>
public sealed record TurnResult(DialogState? State, IReadOnlyList<Activity> Replies, DialogTurnStatus Status);
