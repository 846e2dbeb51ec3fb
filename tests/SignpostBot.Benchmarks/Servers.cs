using SignpostBot.Testing;
using SignpostBot.Testing.Load;

namespace SignpostBot.Benchmarks;

/// <summary>Starts SignpostBot and the ceiling as their own processes, from this build's configuration.</summary>
internal static class Servers
{
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    private static readonly bool IsDebug = Configuration == "Debug";

    public static string BotDll => Path.Combine(RepositoryPaths.Root, "src", "SignpostBot", "bin", Configuration, "net10.0", "SignpostBot.dll");

    /// <summary>Where <see cref="PublishBotAsync"/> puts the bot: beside the benchmarks, out of the repository's way.</summary>
    public static string PublishedBotDll => Path.Combine(AppContext.BaseDirectory, "published-bot", "SignpostBot.dll");

    public static Task<ServerProcess> StartBotAsync(IReadOnlyDictionary<string, string>? environment = null, string? dll = null)
    {
        dll ??= BotDll;
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: build with `dotnet build -c {Configuration} tests/SignpostBot.Benchmarks`.");
        }

        return ServerProcess.StartAsync(dll, environment ?? new Dictionary<string, string>());
    }

    /// <summary>
    /// Publishes the bot the way docs/deployment.md deploys it (<c>dotnet publish src/SignpostBot -c Release</c>:
    /// ReadyToRun for linux-x64, set in the project), so start-up is measured on what an App Service instance runs.
    /// </summary>
    public static async Task PublishBotAsync()
    {
        // Qualified: BenchmarkDotNet brings a CommandLine namespace of its own.
        var (exitCode, output) = await Testing.CommandLine.RunAsync(
            "dotnet",
            RepositoryPaths.Root,
            ["publish", Path.Combine(RepositoryPaths.Root, "src", "SignpostBot"), "-c", "Release", "-o", Path.GetDirectoryName(PublishedBotDll)!, "--nologo"],
            "the .NET SDK runs the benchmarks",
            limit: TimeSpan.FromMinutes(10));
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed:{Environment.NewLine}{output}");
        }
    }

    public static Task<ServerProcess> StartCeilingAsync()
        => ServerProcess.StartAsync(typeof(Servers).Assembly.Location, new Dictionary<string, string>(), ["ceiling-server"]);

    public static HttpClient ClientFor(ServerProcess server, int users) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = users,
        UseCookies = false,
        UseProxy = false,
        AutomaticDecompression = System.Net.DecompressionMethods.None,
    })
    {
        BaseAddress = server.BaseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public static void WarnIfDebug()
    {
        if (IsDebug)
        {
            Console.Error.WriteLine("Warning: a Debug build. Figures for docs/performance.md come from `-c Release`.");
        }
    }
}
