using System.Collections.Concurrent;
using SignpostBot.Dialogs.State;

namespace SignpostBot.State;

/// <summary>
/// One shared instance of each distinct dialog state. Most live conversations wait at one of a few points of a
/// flow (the same stack, answers and flags), so a store that keeps states in memory can point at a shared one
/// rather than hold four objects of its own per conversation: fewer objects for the GC to mark and promote, and
/// less memory per conversation. States are immutable records, so sharing them is safe.
/// </summary>
internal sealed class SharedDialogStates
{
    // The content bounds how many distinct states exist (dialogs × steps × answers); the cap only guards the
    // table itself. Past it, states are kept as they are, unshared.
    private const int MaxShared = 16_384;

    private readonly ConcurrentDictionary<DialogState, DialogState> _states = new(DialogStateComparer.Instance);
    private int _count;

    public DialogState Share(DialogState state)
    {
        if (_states.TryGetValue(state, out var shared))
        {
            return shared;
        }

        if (Volatile.Read(ref _count) >= MaxShared)
        {
            return state;
        }

        if (_states.TryAdd(state, state))
        {
            Interlocked.Increment(ref _count);
            return state;
        }

        return _states.TryGetValue(state, out shared) ? shared : state;
    }
}
