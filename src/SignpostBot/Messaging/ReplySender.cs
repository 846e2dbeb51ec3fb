using System.Net.Http.Json;
using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Messaging;

/// <summary>Posts replies to the channel's Bot Connector service, in order, as replies to the incoming activity.</summary>
public sealed partial class ReplySender(HttpClient http, ILogger<ReplySender> logger)
{
    public async Task SendAsync(Activity incoming, IReadOnlyList<Activity> replies, ChannelAuthResult auth, CancellationToken cancellationToken)
    {
        if (replies.Count == 0)
        {
            return;
        }

        if (!Uri.TryCreate(incoming.ServiceUrl, UriKind.Absolute, out var serviceUrl) || !auth.MayReplyTo(serviceUrl))
        {
            LogServiceUrlRefused(logger);
            return;
        }

        var conversation = Uri.EscapeDataString(incoming.Conversation!.Id!);
        var baseUrl = serviceUrl.AbsoluteUri.TrimEnd('/');
        foreach (var reply in replies)
        {
            var path = incoming.Id is { Length: > 0 } id
                ? $"{baseUrl}/v3/conversations/{conversation}/activities/{Uri.EscapeDataString(id)}"
                : $"{baseUrl}/v3/conversations/{conversation}/activities";
            try
            {
                using var response = await http.PostAsJsonAsync(path, reply, SchemaJsonContext.Default.Activity, cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    LogSendFailed(logger, (int)response.StatusCode);
                    return;
                }
            }
            catch (HttpRequestException)
            {
                LogSendFailed(logger, 0);
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Replies were not sent: the service URL is not allowed for this request.")]
    private static partial void LogServiceUrlRefused(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending a reply to the channel failed with status {Status}.")]
    private static partial void LogSendFailed(ILogger logger, int status);
}
