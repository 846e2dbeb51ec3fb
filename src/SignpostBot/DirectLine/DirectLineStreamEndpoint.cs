using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace SignpostBot.DirectLine;

/// <summary>
/// The WebSocket stream: ActivitySet text frames as activities arrive (first those after the watermark), an
/// empty frame as keep-alive, client frames ignored. One socket per conversation: a new one closes the old.
/// </summary>
public static class DirectLineStreamEndpoint
{
    public static async Task HandleAsync(HttpContext http, string conversationId, string? t, string? watermark, DirectLineAuthorizer authorizer, DirectLineSite site, IOptions<DirectLineOptions> options, TimeProvider clock)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            await DirectLineErrors.BadRequest("Open the stream with a WebSocket.").ExecuteAsync(http);
            return;
        }

        if (!site.IsAllowedOrigin(http.Request))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        var access = await authorizer.AuthorizeAsync(t ?? DirectLineEndpoints.BearerToken(http), conversationId);
        if (access.Error is { } error)
        {
            await error.ExecuteAsync(http);
            return;
        }

        var conversation = access.Conversation!;
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var claim = conversation.ClaimStream();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(claim, http.RequestAborted);
        using var keepAlive = new PeriodicTimer(options.Value.KeepAliveInterval, clock);
        var receiving = DrainAsync(socket, stop.Token);
        Task<bool>? tick = null;
        try
        {
            while (!stop.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                var changed = conversation.Changed;
                var (activities, next) = conversation.After(watermark);
                if (activities.Count > 0)
                {
                    var frame = JsonSerializer.SerializeToUtf8Bytes(new ActivitySet(activities, next), DirectLineJsonContext.Default.ActivitySet);
                    await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, stop.Token);
                    watermark = next;
                    continue;
                }

                if (conversation.Ended)
                {
                    break;
                }

                tick ??= keepAlive.WaitForNextTickAsync(stop.Token).AsTask();
                var done = await Task.WhenAny(changed, receiving, tick);
                if (done == receiving || stop.IsCancellationRequested)
                {
                    break;
                }

                if (done == tick)
                {
                    tick = null;
                    // Exactly empty: directlinejs ignores a frame only when its data is falsy.
                    await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, stop.Token);
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client went away, another socket took over, or the conversation ended.
        }

        await CloseAsync(socket, conversation.Ended ? "ended" : claim.IsCancellationRequested ? "collision" : "closing");
    }

    private static async Task<bool> DrainAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return true;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
        }

        return false;
    }

    private static async Task CloseAsync(WebSocket socket, string reason)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, reason, timeout.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
        }
    }
}
