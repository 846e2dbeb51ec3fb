using System.Runtime.CompilerServices;

namespace SignpostBot.Dialogs.Rendering;

/// <summary>
/// Two signpost entries are the same when they name the same content objects (the same hotline under the same
/// heading, the same country's emergency numbers, the same guidance). Within one content version the engine
/// always builds entries from those objects, so this is a cheap key for what was rendered from them.
/// </summary>
internal sealed class SignpostEntryIdentity : IEqualityComparer<SignpostEntry>
{
    public static readonly SignpostEntryIdentity Instance = new();

    public bool Equals(SignpostEntry? x, SignpostEntry? y) => (x, y) switch
    {
        (EmergencyEntry a, EmergencyEntry b) => ReferenceEquals(a.Phones, b.Phones) && string.Equals(a.Note, b.Note, StringComparison.Ordinal),
        (HotlineEntry a, HotlineEntry b) => ReferenceEquals(a.Hotline, b.Hotline) && string.Equals(a.Heading, b.Heading, StringComparison.Ordinal),
        (GuidanceEntry a, GuidanceEntry b) => ReferenceEquals(a.Resource, b.Resource),
        _ => ReferenceEquals(x, y),
    };

    public int GetHashCode(SignpostEntry obj) => obj switch
    {
        EmergencyEntry e => HashCode.Combine(1, RuntimeHelpers.GetHashCode(e.Phones), e.Note is null ? 0 : StringComparer.Ordinal.GetHashCode(e.Note)),
        HotlineEntry h => HashCode.Combine(2, RuntimeHelpers.GetHashCode(h.Hotline), h.Heading is null ? 0 : StringComparer.Ordinal.GetHashCode(h.Heading)),
        GuidanceEntry g => HashCode.Combine(3, RuntimeHelpers.GetHashCode(g.Resource)),
        _ => RuntimeHelpers.GetHashCode(obj),
    };
}
