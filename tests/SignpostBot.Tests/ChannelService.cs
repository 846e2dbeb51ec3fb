using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Tests;

/// <summary>
/// A real HTTP server on loopback standing in for a channel's Bot Connector service: it records every reply
/// the bot posts to it (path, bearer token, body) in arrival order, every attempt including refused ones, and
/// can answer the next attempts with 429 or 503 to exercise the bot's retries.
/// </summary>
public sealed class ChannelService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<PlannedFailure> _failures = [];
    private readonly List<(Func<bool> Condition, TaskCompletionSource Signal)> _waiters = [];
    private readonly Lock _gate = new();

    private ChannelService(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedReply> Replies { get; } = new();

    /// <summary>Every POST that reached the service, answered or failed, with the time it arrived.</summary>
    public ConcurrentQueue<Attempt> Attempts { get; } = new();

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<ChannelService> StartAsync()
    {
        var app = LoopbackServer.Create();
        var service = new ChannelService(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId?}", async (HttpContext http, string conversationId, string? activityId) =>
        {
            var activity = await JsonSerializer.DeserializeAsync(http.Request.Body, SchemaJsonContext.Default.Activity);
            if (service.TakeFailure(conversationId) is { } failure)
            {
                service.Record(new Attempt(DateTimeOffset.UtcNow, activityId, failure.Status), null);
                if (failure.RetryAfterSeconds is { } seconds)
                {
                    http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return Results.StatusCode(failure.Status);
            }

            service.Record(
                new Attempt(DateTimeOffset.UtcNow, activityId, StatusCodes.Status200OK),
                new ReceivedReply(http.Request.Path, conversationId, activityId, http.Request.Headers.Authorization.ToString(), activity!));
            return Results.Json(new Dictionary<string, string> { ["id"] = Guid.NewGuid().ToString("N") });
        });
        service.BaseUrl = await LoopbackServer.StartAsync(app);
        return service;
    }

    /// <summary>
    /// Answers the next <paramref name="times"/> posts with <paramref name="status"/> instead of accepting them: any
    /// conversation's, or with <paramref name="conversationId"/> only that one's (so a reply still in flight from
    /// an earlier test cannot take the failure).
    /// </summary>
    public void FailNext(int status, int times = 1, int? retryAfterSeconds = null, string? conversationId = null)
    {
        lock (_gate)
        {
            for (var i = 0; i < times; i++)
            {
                _failures.Add(new PlannedFailure(status, retryAfterSeconds, conversationId));
            }
        }
    }

    private PlannedFailure? TakeFailure(string conversationId)
    {
        lock (_gate)
        {
            var index = _failures.FindIndex(f => f.ConversationId is null || f.ConversationId == conversationId);
            if (index < 0)
            {
                return null;
            }

            var failure = _failures[index];
            _failures.RemoveAt(index);
            return failure;
        }
    }

    /// <summary>The accepted replies of one conversation, in arrival order.</summary>
    public List<ReceivedReply> RepliesIn(string conversationId)
        => Replies.Where(r => r.ConversationId == conversationId).ToList();

    /// <summary>Waits (without sleeping) until a conversation has at least <paramref name="count"/> accepted replies.</summary>
    public Task WaitForRepliesAsync(string conversationId, int count)
        => WaitUntilAsync(() => RepliesIn(conversationId).Count >= count, $"{count} replies in the conversation");

    /// <summary>Waits until a reply to the given incoming activity has arrived.</summary>
    public Task WaitForReplyToAsync(string activityId)
        => WaitUntilAsync(() => Replies.Any(r => r.ReplyToId == activityId), $"a reply to {activityId}");

    public Task WaitForAttemptsAsync(int count)
        => WaitUntilAsync(() => Attempts.Count >= count, $"{count} attempts");

    public async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (condition())
            {
                return;
            }

            _waiters.Add((condition, signal));
        }

        try
        {
            await signal.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The channel service never saw {what}; it saw {Attempts.Count} attempts and {Replies.Count} replies.");
        }
    }

    private void Record(Attempt attempt, ReceivedReply? reply)
    {
        lock (_gate)
        {
            Attempts.Enqueue(attempt);
            if (reply is not null)
            {
                Replies.Enqueue(reply);
            }

            foreach (var waiter in _waiters.Where(w => w.Condition()).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Signal.TrySetResult();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed record PlannedFailure(int Status, int? RetryAfterSeconds, string? ConversationId);
}

public sealed record ReceivedReply(string Path, string ConversationId, string? ReplyToId, string Authorization, Activity Activity);

public sealed record Attempt(DateTimeOffset At, string? ReplyToId, int Status);
