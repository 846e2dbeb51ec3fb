using Microsoft.Extensions.Options;
using SignpostBot.Dialogs.Content;
using SignpostBot.Content.Analysis;
using SignpostBot.Content.Loading;

namespace SignpostBot.Content;

/// <summary>
/// Keeps the bot's knowledge in step with the blob container: loads it at start, then polls by ETag. A new
/// version is checked in full before it is swapped in, as the content built into the app is at start-up (every
/// file against its schema, every field, number and cross-reference, the dialogs against it, and <c>prove</c>);
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
    private IReadOnlyList<(string Path, string Text)>? _dialogs;
    private LanguageFiles.Texts _languages = LanguageFiles.Texts.None;
    private IReadOnlyDictionary<string, string?>? _schemas;
    private string? _lastSeenVersion;
    private KnowledgeHealth? _lastSeenOutcome;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.IsEnabled)
        {
            return;
        }

        _source = services.GetRequiredService<BlobKnowledgeSource>();
        var dialogsFolder = Path.Combine(bot.Value.ResolveContentRoot(), "dialogs");
        _dialogs = Directory.GetFiles(dialogsFolder, "*.yaml").Order(StringComparer.Ordinal)
            .Select(path => (path, File.ReadAllText(path))).ToList();
        _languages = LanguageFiles.Read(dialogsFolder);
        // The schema for each file is the one its built-in copy names: the app, not the upload, decides the rules.
        var knowledgeFolder = Path.Combine(bot.Value.ResolveContentRoot(), "knowledge");
        _schemas = BlobKnowledgeSource.FileNames.ToDictionary(
            name => name,
            name => Path.Combine(knowledgeFolder, name) is var path && File.Exists(path) ? SchemaCheck.SchemaPath(path, File.ReadAllText(path)) : null,
            StringComparer.Ordinal);
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
        if (_source is null || _dialogs is null || _schemas is null)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            await RefreshOnceAsync(_source, _dialogs, _schemas, cancellationToken);
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

    private async Task RefreshOnceAsync(BlobKnowledgeSource source, IReadOnlyList<(string Path, string Text)> dialogs, IReadOnlyDictionary<string, string?> schemas, CancellationToken cancellationToken)
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
            var errors = new ContentErrors();
            var content = Load(source.Location, files, dialogs, schemas, errors) is { } loaded ? LanguageFiles.Load(_languages, loaded, errors) : null;
            KnowledgeHealth outcome;
            if (content is null)
            {
                var problems = errors.All.Where(e => e.Severity == ContentSeverity.Error).ToList();
                foreach (var error in problems)
                {
                    LogUploadError(logger, error.ToString());
                }

                LogUploadRejected(logger, problems.Count, Serving());
                outcome = new KnowledgeHealth(true, $"The knowledge in blob container {source.Location} (version {version}) has {problems.Count} error(s) and was not used, first: {problems.FirstOrDefault()}. Serving {Serving()}.");
            }
            else
            {
                holder.Swap(new BotContent(holder.BuiltIn.Bot.WithContent(content), BotContent.BlobSource, version, clock.GetUtcNow()));
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

    private static DialogSet? Load(string location, KnowledgeFiles files, IReadOnlyList<(string Path, string Text)> dialogs, IReadOnlyDictionary<string, string?> schemas, ContentErrors errors)
    {
        var knowledge = KnowledgeLoader.Load(
            name =>
            {
                var path = PathOf(location, name);
                if (files.Texts.TryGetValue(name, out var text))
                {
                    return (path, text);
                }

                errors.Add(new ContentError(path, 1, 1, $"The file {name} is missing from the blob container."));
                return (path, null);
            },
            errors);
        if (knowledge is null || errors.HasErrors)
        {
            return null;
        }

        var set = DialogLoader.Load(dialogs, knowledge, errors);
        if (set is null || errors.HasErrors)
        {
            return null;
        }

        foreach (var (name, text) in files.Texts)
        {
            if (schemas.GetValueOrDefault(name) is { } schema)
            {
                SchemaCheck.Check(PathOf(location, name), text, schema, errors);
            }
        }

        foreach (var problem in FlowProver.Prove(set, new ProveOptions()).Problems)
        {
            errors.Add(problem);
        }

        return errors.HasErrors ? null : set;
    }

    private static string PathOf(string location, string name) => "blob:" + location + name;

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
