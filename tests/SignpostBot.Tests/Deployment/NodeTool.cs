namespace SignpostBot.Tests.Deployment;

/// <summary>Runs a Node.js script and returns its exit code and output. A missing node is a failure, never a skip.</summary>
internal static class NodeTool
{
    public static Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
        => CommandLine.RunAsync("node", workingDirectory, arguments, "install Node.js (see .ci/run)", environment);
}
