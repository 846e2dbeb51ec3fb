namespace SignpostBot.State;

/// <summary>
/// One instance's conversation locks: a fixed set of semaphores (lock striping), the conversation's key choosing
/// one. Two conversations may share a stripe and then wait for each other's short turn; memory stays fixed however
/// many conversations there are.
/// </summary>
public sealed class InMemoryConversationLocks : IConversationLocks
{
    private const int Stripes = 1024;

    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async ValueTask<IAsyncDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var stripe = _stripes[(uint)StringComparer.Ordinal.GetHashCode(conversationKey) % Stripes];
        await stripe.WaitAsync(cancellationToken);
        return new Release(stripe);
    }

    private sealed class Release(SemaphoreSlim stripe) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                stripe.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
