namespace SignpostBot.DirectLine;

/// <summary>The conversation a request may use, or the error to answer instead.</summary>
public sealed record DirectLineAccess(DirectLineConversation? Conversation, DirectLineGrant? Grant, string? Token, IResult? Error);

/// <summary>Checks a request's token against the conversation it names: signed, unexpired, for this conversation, still live.</summary>
public sealed class DirectLineAuthorizer(DirectLineTokens tokens, DirectLineConversationStore store, TimeProvider clock)
{
    /// <param name="token">The bearer token.</param>
    /// <param name="conversationId">The conversation the request names, or null when only the token names one.</param>
    /// <param name="mustHaveStarted">
    /// Whether the conversation must have been started (everything but starting it): an unstarted one holds no
    /// slot, so nothing may be posted to or streamed from it.
    /// </param>
    public async Task<DirectLineAccess> AuthorizeAsync(string? token, string? conversationId, bool mustHaveStarted = true)
    {
        var check = await tokens.CheckAsync(token);
        switch (check.Status)
        {
            case TokenStatus.Invalid:
                return new DirectLineAccess(null, null, null, DirectLineErrors.Forbidden());
            case TokenStatus.Expired:
                return new DirectLineAccess(null, null, null, DirectLineErrors.TokenExpired());
        }

        var grant = check.Grant!;
        if (conversationId is not null && !string.Equals(conversationId, grant.ConversationId, StringComparison.Ordinal))
        {
            return new DirectLineAccess(null, null, null, DirectLineErrors.Forbidden());
        }

        if (store.Find(grant.ConversationId) is not { } conversation || conversation.UserId != grant.UserId || (mustHaveStarted && !conversation.Started))
        {
            return new DirectLineAccess(null, null, null, DirectLineErrors.NotFound());
        }

        conversation.Touch(clock.GetUtcNow());
        return new DirectLineAccess(conversation, grant, token, null);
    }

    public int SecondsLeft(DirectLineGrant grant) => Math.Max(0, (int)(grant.Expires - clock.GetUtcNow()).TotalSeconds);
}
