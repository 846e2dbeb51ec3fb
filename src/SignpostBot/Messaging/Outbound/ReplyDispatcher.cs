using System.Threading.Channels;
using Microsoft.Extensions.Options;
using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Messaging.Outbound;

/// <summary>One turn's replies, addressed to an allowed service URL, waiting to be posted in order.</summary>
public sealed record ReplyJob(Uri ServiceUrl, string ConversationId, string? ReplyToId, IReadOnlyList<Activity> Replies);

/// <summary>
/// Lets <c>/api/messages</c> answer the channel at once while replies are posted after: a bounded queue drained
/// by a few workers. A conversation always lands on the same worker, so its replies arrive in order; other
/// conversations are not held up behind a slow one.
/// </summary>
public sealed partial class ReplyDispatcher : BackgroundService
{
    private const int Partitions = 4;

    private readonly Channel<ReplyJob>[] _partitions;
    private readonly ReplySender _sender;
    private readonly ILogger<ReplyDispatcher> _logger;

    /// <summary>Cancelled only when the host's shutdown deadline passes with replies still queued.</summary>
    private readonly CancellationTokenSource _abandon = new();
    private Task _draining = Task.CompletedTask;

    public ReplyDispatcher(ReplySender sender, IOptions<BotConnectorOptions> options, ILogger<ReplyDispatcher> logger)
    {
        _sender = sender;
        _logger = logger;
        var perPartition = Math.Max(1, options.Value.ReplyDispatcherCapacity / Partitions);
        _partitions = Enumerable.Range(0, Partitions)
            .Select(_ => Channel.CreateBounded<ReplyJob>(new BoundedChannelOptions(perPartition) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait }))
            .ToArray();
    }

    /// <summary>
    /// Queues a turn's replies if the service URL is one this request may be answered on; returns false (and
    /// queues nothing) when it is not.
    /// </summary>
    public async ValueTask<bool> EnqueueAsync(Activity incoming, IReadOnlyList<Activity> replies, ChannelAuthResult auth, CancellationToken cancellationToken)
    {
        if (replies.Count == 0)
        {
            return true;
        }

        if (!Uri.TryCreate(incoming.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || serviceUrl.Scheme is not ("http" or "https")
            || !auth.MayReplyTo(serviceUrl))
        {
            LogServiceUrlRefused(_logger);
            return false;
        }

        var conversationId = incoming.Conversation!.Id!;
        var job = new ReplyJob(serviceUrl, conversationId, incoming.Id, replies);
        try
        {
            await _partitions[PartitionOf(serviceUrl, conversationId)].Writer.WriteAsync(job, cancellationToken);
            return true;
        }
        catch (ChannelClosedException)
        {
            LogAbandonedAtShutdown(_logger);
            return false;
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The workers stop when the queues are completed and empty, not when the host starts stopping.
        _draining = Task.WhenAll(_partitions.Select(p => DrainAsync(p.Reader, _abandon.Token)));
        return _draining;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Stop taking work, but give what is queued until the host's shutdown deadline to be delivered.
        foreach (var partition in _partitions)
        {
            partition.Writer.TryComplete();
        }

        try
        {
            await _draining.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await _abandon.CancelAsync();
        }

        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _abandon.Dispose();
        base.Dispose();
    }

    private async Task DrainAsync(ChannelReader<ReplyJob> reader, CancellationToken abandon)
    {
        try
        {
            await foreach (var job in reader.ReadAllAsync(CancellationToken.None))
            {
                await _sender.SendAsync(job, abandon);
            }
        }
        catch (OperationCanceledException) when (abandon.IsCancellationRequested)
        {
            LogAbandonedAtShutdown(_logger);
        }
    }

    private static int PartitionOf(Uri serviceUrl, string conversationId)
        => (int)((uint)StringComparer.Ordinal.GetHashCode(serviceUrl.AbsoluteUri + "\n" + conversationId) % Partitions);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Replies were not sent: the service URL is not allowed for this request.")]
    private static partial void LogServiceUrlRefused(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The host stopped before every reply was sent.")]
    private static partial void LogAbandonedAtShutdown(ILogger logger);
}
