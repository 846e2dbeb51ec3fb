using Microsoft.Extensions.Options;
using SignpostBot.Content.Loading;
using SignpostBot.Content.Pipeline;

namespace SignpostBot.Content;

/// <summary>
/// Keeps the bot's knowledge in step with the blob container: loads it at start, then polls by ETag. A new
/// version goes through the same <see cref="ContentPipeline"/> call as the content built into the app at start-up
/// (every file against its kind's schema from the app, every field, number and cross-reference, the built-in dialogs
/// against it, and <c>prove</c>) before it is swapped in;
/// an invalid upload or an unreachable container leaves the last good version (or the copy built into the app)
/// in place, with a log line and a degraded knowledge status in /healthz.
/// </summary>
public sealed partial class BlobKnowledgeRefresher(
    IServiceProvider services,
    BotContentHolder holder,
    IOptions<BlobKnowledgeOptions> options,
    IOptions<BotOptions> bot,
    TimeProvider clock,
    ILogger<BlobKnowledgeRefresher> logger) : BackgroundService
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private BlobKnowledgeSource? _source;
    private ContentSources? _builtIn;
    private string? _lastSeenVersion;
    private KnowledgeHealth? _lastSeenOutcome;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.IsEnabled)
        {
            return;
        }

        _source = services.GetRequiredService<BlobKnowledgeSource>();
        _builtIn = bot.Value.BuiltInContent();
        // The first load happens before the bot takes its first turn; if it fails the built-in copy serves.
        await RefreshAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
    }

    /// <summary>Checks the container once and swaps in a new, valid version if there is one.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (_source is null || _builtIn is null)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            await RefreshOnceAsync(_source, _builtIn, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RefreshAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RefreshOnceAsync(BlobKnowledgeSource source, ContentSources builtIn, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        try
        {
            var etags = await source.ListAsync(timeout.Token);
            var version = BlobKnowledgeSource.VersionOf(etags);
            if (version == _lastSeenVersion && _lastSeenOutcome is { } known)
            {
                // Nothing new; the container answers again if it had not.
                holder.Report(known);
                return;
            }

            var files = await source.DownloadAsync(etags, timeout.Token);
            // The app's schemas, not the upload's, decide the rules; the dialogs are the app's own.
            var uploaded = builtIn with
            {
                Knowledge = ContentFolder.InMemory(files.Texts, "blob:" + source.Location, "the blob container " + source.Location, builtIn.Knowledge.Files),
            };
            // Checking, proving and training take seconds: on the thread pool, not on the socket thread the download
            // finished on (AddInlineIo), which would hold every request that thread serves.
            var result = await Task.Run(() => ContentPipeline.Load(uploaded, ValidateOptions.ForTheBot() with { Train = true }), timeout.Token);
            KnowledgeHealth outcome;
            if (result.Content is not { } content)
            {
                var problems = result.Errors.ToList();
                foreach (var error in problems)
                {
                    LogUploadError(logger, error.ToString());
                }

                LogUploadRejected(logger, problems.Count, Serving());
                outcome = new KnowledgeHealth(true, $"The knowledge in blob container {source.Location} (version {version}) has {problems.Count} error(s) and was not used, first: {problems.FirstOrDefault()}. Serving {Serving()}.");
            }
            else
            {
                holder.Swap(new BotContent(holder.BuiltIn.Bot.WithContent(content, result.Classifier), BotContent.BlobSource, version, clock.GetUtcNow()));
                LogVersionLoaded(logger, version);
                outcome = new KnowledgeHealth(false, $"Serving the knowledge from blob container {source.Location}, version {version}.");
            }

            _lastSeenVersion = version;
            _lastSeenOutcome = outcome;
            holder.Report(outcome);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A file changed between listing and download (HTTP 412) is simply read again at the next poll.
            LogUnreachable(logger, ex.GetType().Name, Serving());
            holder.Report(new KnowledgeHealth(true, $"The blob container {source.Location} cannot be reached ({ex.GetType().Name}). Serving {Serving()}."));
        }
    }

    private string Serving() => holder.Current is { Source: BotContent.BlobSource } current
        ? $"the last good version from the container ({current.Version}, loaded {current.LoadedAt:u})"
        : "the knowledge built into the app";

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge version {Version} from blob storage is checked and now serving.")]
    private static partial void LogVersionLoaded(ILogger logger, string version);

    [LoggerMessage(Level = LogLevel.Error, Message = "Knowledge uploaded to blob storage has an error: {Error}")]
    private static partial void LogUploadError(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Knowledge uploaded to blob storage was rejected with {Count} error(s); serving {Serving}.")]
    private static partial void LogUploadRejected(ILogger logger, int count, string serving);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The knowledge blob container cannot be reached ({ExceptionType}); serving {Serving}.")]
    private static partial void LogUnreachable(ILogger logger, string exceptionType, string serving);
}
