using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Dialogs.Rendering;

/// <summary>Turns the engine's replies into Activities for one kind of channel.</summary>
public interface IReplyRenderer
{
    /// <param name="timestamp">When the reply is sent (the host's clock), or null to leave it to the host.</param>
    Activity Render(Reply reply, Activity incoming, DateTimeOffset? timestamp);
}
