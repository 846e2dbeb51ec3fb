using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace SignpostBot.Testing;

/// <summary>
/// Runs a command-line tool (node, dotnet) to its end and returns its exit code and output. A missing tool is a
/// failure, never a skip; a tool still running at the time limit is killed and says so in its output.
/// </summary>
internal static class CommandLine
{
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string fileName,
        string workingDirectory,
        IEnumerable<string> arguments,
        string missingHint,
        IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? limit = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} could not be started; {missingHint}.");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException($"{fileName} could not be started; {missingHint}.", ex);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            var timeLimit = limit ?? TimeSpan.FromMinutes(2);
            using var timeout = new CancellationTokenSource(timeLimit);
            var killed = string.Empty;
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                killed = string.Create(CultureInfo.InvariantCulture, $"(killed after {timeLimit}){Environment.NewLine}");
            }

            return (process.ExitCode, killed + await output + await error);
        }
    }
}
