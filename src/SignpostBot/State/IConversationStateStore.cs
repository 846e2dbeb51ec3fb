using SignpostBot.Dialogs.State;

namespace SignpostBot.State;

/// <summary>
/// Where dialog state lives between turns. Keys are already hashed (see <see cref="ConversationKeyHasher"/>);
/// every write renews the entry's time to live, and an idle conversation is forgotten when it runs out.
/// </summary>
public interface IConversationStateStore
{
    ValueTask<DialogState?> GetAsync(string key, CancellationToken cancellationToken);

    ValueTask SetAsync(string key, DialogState state, CancellationToken cancellationToken);

    ValueTask DeleteAsync(string key, CancellationToken cancellationToken);
}
