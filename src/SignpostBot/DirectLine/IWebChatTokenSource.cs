namespace SignpostBot.DirectLine;

/// <summary>Where the page's Direct Line token comes from: the built-in Direct Line, or Azure's.</summary>
public interface IWebChatTokenSource
{
    /// <summary>A token for one new conversation, or null when none can be had now.</summary>
    Task<WebChatToken?> IssueAsync(HttpRequest request, CancellationToken cancellationToken);

    /// <summary>Ends the conversation a token belongs to (Exit this page); false when the token is not valid for it.</summary>
    Task<bool> EndAsync(EndConversationRequest request, CancellationToken cancellationToken);
}
