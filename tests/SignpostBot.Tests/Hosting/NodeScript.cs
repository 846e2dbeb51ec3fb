using SignpostBot.Testing;

namespace SignpostBot.Tests.Hosting;

/// <summary>Runs a Node script of the repository with the front end's node_modules, and returns its exit code and output.</summary>
internal static class NodeScript
{
    public static string ClientAppDir => Path.Combine(RepositoryPaths.Root, "src", "SignpostBot", "ClientApp");

    public static Task<(int ExitCode, string Output)> RunAsync(string script, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, TimeSpan limit)
        => CommandLine.RunAsync(
            "node",
            Path.GetDirectoryName(script)!,
            [script, .. arguments],
            "install Node.js 20",
            new Dictionary<string, string>(environment) { ["CLIENTAPP_DIR"] = ClientAppDir },
            limit);
}
