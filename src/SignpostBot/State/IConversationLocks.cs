namespace SignpostBot.State;

/// <summary>
/// Runs one conversation's turns one at a time, so two copies of an activity, or two messages sent together, never
/// read the same state and both write theirs. Keys are conversation state keys.
/// </summary>
public interface IConversationLocks
{
    /// <summary>Waits for the conversation's lock; disposing the result releases it.</summary>
    ValueTask<IAsyncDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken);
}
