using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Tests;

/// <summary>
/// A real HTTP server on loopback standing in for a channel's Bot Connector service: it records every reply
/// the bot posts to it (path, bearer token, body) in arrival order.
/// </summary>
public sealed class ChannelService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource _firstReply = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChannelService(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedReply> Replies { get; } = new();

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<ChannelService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var service = new ChannelService(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId?}", async (HttpContext http, string conversationId, string? activityId) =>
        {
            var activity = await JsonSerializer.DeserializeAsync(http.Request.Body, SchemaJsonContext.Default.Activity);
            service.Replies.Enqueue(new ReceivedReply(http.Request.Path, conversationId, activityId, http.Request.Headers.Authorization.ToString(), activity!));
            service._firstReply.TrySetResult();
            return Results.Json(new Dictionary<string, string> { ["id"] = Guid.NewGuid().ToString("N") });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        service.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return service;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record ReceivedReply(string Path, string ConversationId, string? ReplyToId, string Authorization, Activity Activity);
