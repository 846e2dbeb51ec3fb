using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Dialogs.Rendering;

/// <summary>Addresses a reply the way the Bot Connector expects: swapped from/recipient, same conversation, replyToId.</summary>
public static class ActivityFactory
{
    public static Activity ReplyTo(Activity incoming, string? text, string inputHint) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = incoming.ChannelId,
        ServiceUrl = incoming.ServiceUrl,
        Conversation = incoming.Conversation is { } c ? new ConversationAccount { Id = c.Id, IsGroup = c.IsGroup, ConversationType = c.ConversationType, TenantId = c.TenantId } : null,
        From = incoming.Recipient is { } bot ? new ChannelAccount { Id = bot.Id, Name = bot.Name, Role = "bot" } : new ChannelAccount { Role = "bot" },
        Recipient = incoming.From is { } user ? new ChannelAccount { Id = user.Id, Name = user.Name, Role = user.Role } : null,
        ReplyToId = incoming.Id,
        Locale = incoming.Locale,
        Text = text,
        InputHint = inputHint,
    };
}
