using System.Diagnostics;
using System.Text;
using SignpostBot.Testing;

namespace SignpostBot.Tests.Hosting;

/// <summary>Runs a Node script of the repository with the front end's node_modules, and returns its exit code and output.</summary>
internal static class NodeScript
{
    public static string ClientAppDir => Path.Combine(RepositoryPaths.Root, "src", "SignpostBot", "ClientApp");

    public static async Task<(int ExitCode, string Output)> RunAsync(string script, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, TimeSpan limit)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(script)!,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CLIENTAPP_DIR"] = ClientAppDir;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start: install Node.js 20.");
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            output.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"(killed after {limit})");
        }

        output.Append(await stdout).Append(await stderr);
        return (process.ExitCode, output.ToString());
    }
}
