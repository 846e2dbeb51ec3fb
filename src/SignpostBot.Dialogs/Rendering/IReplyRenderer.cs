using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Dialogs.Rendering;

/// <summary>Turns the engine's replies into Activities for one kind of channel.</summary>
public interface IReplyRenderer
{
    Activity Render(Reply reply, Activity incoming);
}
