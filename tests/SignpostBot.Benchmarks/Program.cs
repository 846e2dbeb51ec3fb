using System.CommandLine;
using BenchmarkDotNet.Running;
using SignpostBot.Benchmarks;

// dotnet run -c Release --project tests/SignpostBot.Benchmarks -- <command> [options]; see docs/performance.md.
// The same parser as the content tool (System.CommandLine): typed options, checked before a command runs.
var defaults = new BenchArgs();
var users = Number("--users", "simulated people at once", defaults.Users);
var seconds = Number("--seconds", "seconds measured per server", defaults.Seconds);
var warmup = Number("--warmup", "seconds of warm-up per server", defaults.Warmup);
var rounds = Number("--rounds", "alternating slices per server", defaults.Rounds);
var url = new Option<string?>("--url") { Description = "drive a server already running at this address instead" };
var conversations = Number("--conversations", "live conversations", defaults.Conversations);
var runs = Number("--runs", "starts of each build", defaults.Runs);
var output = new Option<string?>("--out") { Description = "also write the report to this file" };
var minutes = Number("--minutes", "soak length", defaults.Minutes);
var soakUsers = Number("--users", "simulated people at once", 32);
var thinkMs = Number("--think-ms", "pause between a person's turns", defaults.ThinkMs);
var ttl = new Option<TimeSpan>("--ttl") { Description = "the bot's state time-to-live", DefaultValueFactory = _ => defaults.Ttl };
var sampleSeconds = Number("--sample-seconds", "seconds between memory samples", defaults.SampleSeconds);
var abuseSeconds = Number("--seconds", "seconds of load beside the abusive clients", 60);
var abuseUsers = Number("--users", "simulated people at once on /api/messages", 16);
var abusePause = Number("--abuse-pause-ms", "pause between an abusive client's attempts", defaults.AbusePauseMs);
var abuseTtl = new Option<TimeSpan>("--ttl") { Description = "the bot's state time-to-live", DefaultValueFactory = _ => TimeSpan.FromMinutes(30) };

var root = new RootCommand("SignpostBot benchmarks (build and run with -c Release).");
root.SetAction(_ => Help());

var report = new Command("report", "load vs ceiling, memory, start-up: the docs/performance.md table") { users, seconds, warmup, rounds, conversations, runs, output };
report.SetAction((p, _) => ReportCommand.RunAsync(defaults with
{
    Users = p.GetValue(users), Seconds = p.GetValue(seconds), Warmup = p.GetValue(warmup), Rounds = p.GetValue(rounds),
    Conversations = p.GetValue(conversations), Runs = p.GetValue(runs), Out = p.GetValue(output),
}));
var load = new Command("load", "SignpostBot and the bare ceiling, same driver, one after the other") { users, seconds, warmup, rounds, url };
load.SetAction((p, _) => LoadCommand.RunAsync(defaults with { Users = p.GetValue(users), Seconds = p.GetValue(seconds), Warmup = p.GetValue(warmup), Rounds = p.GetValue(rounds), Url = p.GetValue(url) }));
var memory = new Command("memory", "RSS for that many live conversations, and state bytes per conversation") { conversations };
memory.SetAction((p, _) => MemoryCommand.RunAsync(defaults with { Conversations = p.GetValue(conversations) }));
var startup = new Command("startup", "process start to first answer: the app published as deployed, and built") { runs };
startup.SetAction((p, _) => StartupCommand.RunAsync(defaults with { Runs = p.GetValue(runs) }));
var soak = new Command("soak", "steady load, RSS sampled; TTL eviction keeps it flat") { minutes, soakUsers, thinkMs, ttl, sampleSeconds };
soak.SetAction((p, _) => SoakCommand.RunAsync(defaults with
{
    Minutes = p.GetValue(minutes), Users = p.GetValue(soakUsers), ThinkMs = p.GetValue(thinkMs), Ttl = p.GetValue(ttl), SampleSeconds = p.GetValue(sampleSeconds),
}));
var abuse = new Command("abuse", "normal load (and web chat) beside abusive clients (issue 15 items 1-5): errors, p99, peak RSS, /healthz") { abuseSeconds, abuseUsers, thinkMs, abusePause, abuseTtl, sampleSeconds };
abuse.SetAction((p, _) => AbuseCommand.RunAsync(defaults with
{
    Seconds = p.GetValue(abuseSeconds), Users = p.GetValue(abuseUsers), ThinkMs = p.GetValue(thinkMs), AbusePauseMs = p.GetValue(abusePause), Ttl = p.GetValue(abuseTtl), SampleSeconds = p.GetValue(sampleSeconds),
}));

var pathTexts = new Option<string[]>("--texts") { Description = "a path's four messages, separated by '|' (repeat for more paths)", DefaultValueFactory = _ => [PathLoopCommand.ButtonPath, PathLoopCommand.FreeTextPath] };
var loopConversations = Number("--conversations", "conversations walked per path", 3000);
var loop = new Command("loop", "the turn function over whole paths in a loop: µs and bytes allocated per turn, the replies' JSON") { pathTexts, loopConversations };
loop.SetAction(p => PathLoopCommand.Run(p.GetValue(pathTexts)!, p.GetValue(loopConversations)));

// These two hand the rest of the command line on: BenchmarkDotNet's own arguments, and ASP.NET Core's (--urls).
var turns = new Command("turns", "the turn function alone, per branch (time and allocations); BenchmarkDotNet arguments follow") { TreatUnmatchedTokensAsErrors = false };
turns.SetAction(p =>
{
    var rest = p.UnmatchedTokens.ToArray();
    BenchmarkSwitcher.FromTypes([typeof(TurnBenchmarks)]).Run(rest.Length == 0 ? ["--filter", "*"] : rest);
    return 0;
});
var ceilingServer = new Command("ceiling-server", "the bare ASP.NET Core server the load is compared with") { Hidden = true, TreatUnmatchedTokensAsErrors = false };
ceilingServer.SetAction((p, _) => CeilingServer.RunAsync([.. p.UnmatchedTokens]));

foreach (var command in new[] { report, load, memory, startup, soak, abuse, loop, turns, ceilingServer })
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();

static Option<int> Number(string name, string description, int fallback)
    => new(name) { Description = description, DefaultValueFactory = _ => fallback };

static int Help()
{
    Console.WriteLine("""
        SignpostBot benchmarks (build and run with -c Release):
          report   [--users 64] [--seconds 30] [--conversations 100000]   load vs ceiling, memory, start-up: the docs/performance.md table
          load     [--users 64] [--seconds 30] [--warmup 10]               SignpostBot and the bare ceiling, same driver, one after the other
          memory   [--conversations 100000]                               RSS for that many live conversations, and state bytes per conversation
          startup  [--runs 7]                                             process start to first answer: the app published as deployed, and built
          soak     [--minutes 10] [--users 32] [--think-ms 20] [--ttl 00:01:00]   steady load, RSS sampled; TTL eviction keeps it flat
          abuse    [--seconds 60] [--users 16] [--think-ms 20] [--abuse-pause-ms 10] [--ttl 00:30:00]   normal load beside abusive clients (issue 15)
          loop     [--texts 'hi|...|no|Romania'] [--conversations 3000]    the turn function over whole paths: µs and bytes per turn, replies' JSON
          turns    [BenchmarkDotNet arguments]                            the turn function alone, per branch (time and allocations)
        Every command takes --help.
        """);
    return 1;
}
