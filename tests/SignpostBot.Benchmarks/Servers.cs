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

    public static Task<ServerProcess> StartBotAsync(IReadOnlyDictionary<string, string>? environment = null)
    {
        if (!File.Exists(BotDll))
        {
            throw new InvalidOperationException($"{BotDll} is missing: build with `dotnet build -c {Configuration} tests/SignpostBot.Benchmarks`.");
        }

        return ServerProcess.StartAsync(BotDll, environment ?? new Dictionary<string, string>());
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
