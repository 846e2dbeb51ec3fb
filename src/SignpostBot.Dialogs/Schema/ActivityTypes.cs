namespace SignpostBot.Dialogs.Schema;

/// <summary>Activity type and field values from the Bot Framework Activity spec.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string EndOfConversation = "endOfConversation";
    public const string Typing = "typing";
    public const string Event = "event";
    public const string Invoke = "invoke";
}

public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string ExpectReplies = "expectReplies";
}

public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}

public static class ActionTypes
{
    public const string ImBack = "imBack";
    public const string Call = "call";
    public const string OpenUrl = "openUrl";
}

public static class ContentTypes
{
    public const string HeroCard = "application/vnd.microsoft.card.hero";
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
}
