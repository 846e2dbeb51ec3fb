using System.Net.Http.Headers;
using System.Net.Http.Json;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Messaging.Outbound;

namespace SignpostBot.Messaging;

/// <summary>
/// Posts one turn's replies to the channel's Bot Connector service, in order, as replies to the incoming
/// activity, with the bot's bearer token. Its HTTP client retries 429 and 5xx (honouring Retry-After); when
/// a reply still fails, the rest of that turn is dropped rather than sent out of order.
/// </summary>
public sealed partial class ReplySender(IHttpClientFactory httpClients, IBotTokenProvider tokens, ILogger<ReplySender> logger)
{
    public const string HttpClientName = nameof(ReplySender);

    public async Task SendAsync(ReplyJob job, CancellationToken cancellationToken)
    {
        string? token;
        try
        {
            token = await tokens.GetTokenAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogTokenFailed(logger, ex.GetType().Name);
            return;
        }

        var http = httpClients.CreateClient(HttpClientName);
        var conversation = Uri.EscapeDataString(job.ConversationId);
        var baseUrl = job.ServiceUrl.AbsoluteUri.TrimEnd('/');
        var url = job.ReplyToId is { Length: > 0 } id
            ? $"{baseUrl}/v3/conversations/{conversation}/activities/{Uri.EscapeDataString(id)}"
            : $"{baseUrl}/v3/conversations/{conversation}/activities";
        foreach (var reply in job.Replies)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = JsonContent.Create(reply, SchemaJsonContext.Default.Activity),
            };
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            try
            {
                using var response = await http.SendAsync(request, cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    LogSendFailed(logger, (int)response.StatusCode);
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException
                || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                LogSendFailed(logger, 0);
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending a reply to the channel failed with status {Status}; the rest of the turn was dropped.")]
    private static partial void LogSendFailed(ILogger logger, int status);

    [LoggerMessage(Level = LogLevel.Error, Message = "No token for the Bot Connector service ({ExceptionType}); the turn's replies were dropped.")]
    private static partial void LogTokenFailed(ILogger logger, string exceptionType);
}
