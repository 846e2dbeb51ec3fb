namespace SignpostBot.Dialogs.State;

/// <summary>
/// Dialog states that say the same thing: the same stack of frames, answers, risk and welcome flags and language. The record's own equality
/// compares the stack's array by reference, so two conversations at the same point of a flow never look alike to it.
/// </summary>
public sealed class DialogStateComparer : IEqualityComparer<DialogState>
{
    public static readonly DialogStateComparer Instance = new();

    private DialogStateComparer()
    {
    }

    public bool Equals(DialogState? x, DialogState? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        return x is not null && y is not null
            && x.Version == y.Version
            && x.Greeted == y.Greeted
            && x.AtRisk == y.AtRisk
            && string.Equals(x.Language, y.Language, StringComparison.Ordinal)
            && x.Slots == y.Slots
            && x.Stack.AsSpan().SequenceEqual(y.Stack.AsSpan());
    }

    public int GetHashCode(DialogState obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var hash = new HashCode();
        hash.Add(obj.Version);
        hash.Add(obj.Greeted);
        hash.Add(obj.AtRisk);
        hash.Add(obj.Language, StringComparer.Ordinal);
        hash.Add(obj.Slots);
        foreach (var frame in obj.Stack)
        {
            hash.Add(frame);
        }

        return hash.ToHashCode();
    }
}
