using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using SignpostBot.Content;
using SignpostBot.Dialogs.State;

namespace SignpostBot.State;

/// <summary>The default store: process memory with a sliding time to live. Nothing touches disk.</summary>
public sealed class InMemoryConversationStateStore(IMemoryCache cache, IOptions<BotOptions> options) : IConversationStateStore
{
    private readonly MemoryCacheEntryOptions _entryOptions = new() { SlidingExpiration = options.Value.StateTtl, Size = 1 };

    public ValueTask<DialogState?> GetAsync(string key, CancellationToken cancellationToken)
        => ValueTask.FromResult(cache.TryGetValue(key, out DialogState? state) ? state : null);

    public ValueTask SetAsync(string key, DialogState state, CancellationToken cancellationToken)
    {
        cache.Set(key, state, _entryOptions);
        return ValueTask.CompletedTask;
    }

    public ValueTask DeleteAsync(string key, CancellationToken cancellationToken)
    {
        cache.Remove(key);
        return ValueTask.CompletedTask;
    }
}
