using BenchmarkDotNet.Running;
using SignpostBot.Benchmarks;

// dotnet run -c Release --project tests/SignpostBot.Benchmarks -- <command> [options]; see docs/performance.md.
var command = args.Length > 0 ? args[0] : "help";
var options = BenchArgs.Parse(args.Skip(1));
return command switch
{
    "turns" => RunTurnBenchmarks(args.Skip(1).ToArray()),
    "load" => await LoadCommand.RunAsync(options),
    "memory" => await MemoryCommand.RunAsync(options),
    "startup" => await StartupCommand.RunAsync(options),
    "report" => await ReportCommand.RunAsync(options),
    "soak" => await SoakCommand.RunAsync(options),
    "abuse" => await AbuseCommand.RunAsync(options),
    "ceiling-server" => await CeilingServer.RunAsync(args.Skip(1).ToArray()),
    _ => Help(),
};

static int RunTurnBenchmarks(string[] rest)
{
    BenchmarkSwitcher.FromTypes([typeof(TurnBenchmarks)]).Run(rest.Length == 0 ? ["--filter", "*"] : rest);
    return 0;
}

static int Help()
{
    Console.WriteLine("""
        SignpostBot benchmarks (build and run with -c Release):
          report   [--users 64] [--seconds 30] [--conversations 100000]   load vs ceiling, memory, start-up: the docs/performance.md table
          load     [--users 64] [--seconds 30] [--warmup 5]                SignpostBot and the bare ceiling, same driver, one after the other
          memory   [--conversations 100000]                               RSS for that many live conversations, and state bytes per conversation
          startup  [--runs 7]                                             process start to first answer: the app published as deployed, and built
          soak     [--minutes 10] [--users 32] [--think-ms 20] [--ttl 00:01:00]   steady load, RSS sampled; TTL eviction keeps it flat
          abuse    [--seconds 60] [--users 16] [--think-ms 20] [--abuse-pause-ms 10] [--ttl]   normal load (and web chat) beside abusive clients (issue 15 items 1-5)
          turns    [BenchmarkDotNet arguments]                            the turn function alone, per branch (time and allocations)
        """);
    return 1;
}
