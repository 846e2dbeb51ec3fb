using SignpostBot.Turns;

namespace SignpostBot.DirectLine;

/// <summary>Tokens for the built-in Direct Line: each makes an unstarted conversation, bounded by the store (see <see cref="DirectLineConversationStore"/>).</summary>
public sealed class BuiltInTokenSource(DirectLineConversationStore store, DirectLineTokens tokens, TurnRunner turns, DirectLineSite site) : IWebChatTokenSource
{
    public Task<WebChatToken?> IssueAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (store.TryCreate() is not { } conversation)
        {
            return Task.FromResult<WebChatToken?>(null);
        }

        var token = tokens.Issue(conversation.Id, conversation.UserId);
        return Task.FromResult<WebChatToken?>(new WebChatToken(
            token, conversation.Id, (int)tokens.Lifetime.TotalSeconds, conversation.UserId, site.BaseUrl(request) + DirectLineEndpoints.BasePath, "builtin"));
    }

    public async Task<bool> EndAsync(EndConversationRequest request, CancellationToken cancellationToken)
    {
        // An expired but genuine token may still end its own conversation: leaving must always work.
        var check = await tokens.CheckAsync(request.Token);
        if (check.Grant is not { } grant)
        {
            return false;
        }

        store.End(grant.ConversationId);
        await turns.ForgetAsync(DirectLineBot.ChannelId, grant.ConversationId, cancellationToken);
        return true;
    }
}
