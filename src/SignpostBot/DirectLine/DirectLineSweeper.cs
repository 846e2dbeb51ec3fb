namespace SignpostBot.DirectLine;

/// <summary>Forgets idle conversations on a timer, so their activities do not wait in memory for a next request.</summary>
public sealed partial class DirectLineSweeper(DirectLineConversationStore store, TimeProvider clock, ILogger<DirectLineSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var removed = store.Sweep();
                if (removed > 0)
                {
                    LogSwept(logger, removed);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Forgot {Count} idle Direct Line conversations.")]
    private static partial void LogSwept(ILogger logger, int count);
}
