using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SignpostBot.Tests;

/// <summary>
/// Collects every log line of a test host — the message, its structured values, any exception and every scope
/// opened — for tests that check what an operator is told, and that nothing about a person is.
/// </summary>
internal sealed class LogSink(ConcurrentQueue<string>? lines = null) : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = lines ?? new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            lines.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(";", pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} [{values}] {exception}");
        }
    }
}
