using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SignpostBot.Dialogs.Schema;

namespace SignpostBot.DirectLine;

/// <summary>
/// Azure mode: exchanges the Direct Line secret, server side, for a token bound to one new conversation
/// (<c>tokens/generate</c>), and ends a conversation for Exit this page by posting <c>endOfConversation</c>.
/// The secret never leaves this class.
/// </summary>
public sealed partial class AzureDirectLineClient(HttpClient http, IOptions<DirectLineOptions> options, ILogger<AzureDirectLineClient> logger) : IWebChatTokenSource
{
    private readonly AzureDirectLineOptions _azure = options.Value.Azure;

    private string Endpoint => _azure.Endpoint.TrimEnd('/');

    public async Task<WebChatToken?> IssueAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // The user id is fixed in the token, so a page cannot pose as another user; "dl_" ids must be.
        var userId = "dl_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
        using var message = new HttpRequestMessage(HttpMethod.Post, Endpoint + "/tokens/generate")
        {
            Content = JsonContent.Create(new AzureTokenRequest(new ChannelAccount { Id = userId }), DirectLineJsonContext.Default.AzureTokenRequest),
        };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _azure.Secret);
        try
        {
            using var response = await http.SendAsync(message, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogExchangeFailed(logger, (int)response.StatusCode);
                return null;
            }

            var body = await response.Content.ReadFromJsonAsync(DirectLineJsonContext.Default.AzureTokenResponse, cancellationToken);
            if (body is not { Token: { Length: > 0 } token, ConversationId: { Length: > 0 } conversationId })
            {
                LogExchangeFailed(logger, (int)response.StatusCode);
                return null;
            }

            return new WebChatToken(token, conversationId, body.ExpiresIn, userId, Endpoint, "azure");
        }
        catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogExchangeFailed(logger, 0);
            return null;
        }
    }

    public async Task<bool> EndAsync(EndConversationRequest request, CancellationToken cancellationToken)
    {
        if (request is not { Token: { Length: > 0 and <= 4096 } token, ConversationId: { Length: > 0 and <= 200 } conversationId })
        {
            return false;
        }

        var end = new Activity
        {
            Type = ActivityTypes.EndOfConversation,
            From = new ChannelAccount { Id = request.UserId is { Length: > 0 and <= 100 } user ? user : null, Role = "user" },
            Code = "userCancelled",
        };
        using var message = new HttpRequestMessage(HttpMethod.Post, $"{Endpoint}/conversations/{Uri.EscapeDataString(conversationId)}/activities")
        {
            Content = JsonContent.Create(end, DirectLineJsonContext.Default.Activity),
        };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        try
        {
            using var response = await http.SendAsync(message, cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogEndFailed(logger);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Exchanging the Direct Line secret for a token failed with status {Status}.")]
    private static partial void LogExchangeFailed(ILogger logger, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ending an Azure Direct Line conversation failed.")]
    private static partial void LogEndFailed(ILogger logger);
}
