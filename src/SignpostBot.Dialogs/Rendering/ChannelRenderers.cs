using System.Collections.Frozen;
using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Dialogs.Rendering;

/// <summary>
/// Builds the renderers of one content version (renderers keep that version's cards; the words come with each reply,
/// in the person's language).
/// </summary>
public delegate ChannelRenderers ChannelRendererFactory();

/// <summary>Which renderer turns replies into activities on each channel, with one for every other channel.</summary>
public sealed class ChannelRenderers(IReplyRenderer otherChannels, IReadOnlyDictionary<string, IReplyRenderer> byChannel)
{
    private readonly FrozenDictionary<string, IReplyRenderer> _byChannel = byChannel.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The one place that says how each channel is rendered: Microsoft Teams gets Adaptive Cards, every other
    /// channel (Web Chat, Direct Line, the Emulator) hero cards and suggested actions. The host registers it.
    /// </summary>
    public static ChannelRenderers Standard()
        => new(new HeroCardRenderer(), new Dictionary<string, IReplyRenderer> { [Channels.MsTeams] = new AdaptiveCardRenderer() });

    public IReplyRenderer For(string? channelId)
        => channelId is not null && _byChannel.TryGetValue(channelId, out var renderer) ? renderer : otherChannels;
}
