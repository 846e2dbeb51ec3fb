using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Dialogs.State;

namespace SignpostBot.Benchmarks;

/// <summary>The turn function alone, <c>(state, activity) -> (state', replies)</c>: one benchmark per branch.</summary>
[MemoryDiagnoser]
[Config(typeof(Settings))]
public class TurnBenchmarks
{
    private TriageBot _bot = null!;
    private DialogState? _afterWelcome;
    private DialogState? _afterForMe;
    private DialogState? _afterNotInDanger;
    private DialogState? _afterProfessional;
    private Activity _hi = null!;
    private Activity _forMe = null!;
    private Activity _freeText = null!;
    private Activity _no = null!;
    private Activity _romania = null!;
    private Activity _someoneElse = null!;
    private Activity _professional = null!;
    private Activity _topic = null!;
    private Activity _danger = null!;
    private Activity _notUnderstood = null!;
    private Activity _stop = null!;
    private Activity _prefill = null!;

    public static Activity Message(string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = "1",
        ChannelId = "benchmark",
        Conversation = new ConversationAccount { Id = "c" },
        From = new ChannelAccount { Id = "person", Role = "user" },
        Recipient = new ChannelAccount { Id = "bot", Role = "bot" },
        Locale = "en-GB",
        Text = text,
    };

    [GlobalSetup]
    public void Setup()
    {
        _bot = BotContentForBenchmarks.Load();
        (_hi, _forMe, _no, _romania) = (Message("hi"), Message("For me"), Message("no"), Message("Romania"));
        (_someoneElse, _professional, _topic) = (Message("Someone I'm worried about"), Message("I'm a professional"), Message("1"));
        (_danger, _notUnderstood, _stop) = (Message("he hurts me and I am scared"), Message("purple elephants dancing"), Message("stop"));
        _prefill = Message("I am in Romania and they took my passport");
        _freeText = Message("i was brought here and they make me work for nothing");
        _afterWelcome = _bot.OnTurn(null, _hi).State;
        _afterForMe = _bot.OnTurn(_afterWelcome, _forMe).State;
        _afterNotInDanger = _bot.OnTurn(_afterForMe, _no).State;
        _afterProfessional = _bot.OnTurn(_afterWelcome, _professional).State;
    }

    [Benchmark(Description = "welcome (new conversation)")]
    public TurnResult Welcome() => _bot.OnTurn(null, _hi);

    [Benchmark(Description = "victim: choice 'For me'")]
    public TurnResult VictimChoice() => _bot.OnTurn(_afterWelcome, _forMe);

    [Benchmark(Description = "free-text first message → help first")]
    public TurnResult FreeTextFirstMessage() => _bot.OnTurn(_afterWelcome, _freeText);

    [Benchmark(Description = "victim: not in danger")]
    public TurnResult NotInDanger() => _bot.OnTurn(_afterForMe, _no);

    [Benchmark(Description = "victim: country → hotline signpost")]
    public TurnResult CountrySignpost() => _bot.OnTurn(_afterNotInDanger, _romania);

    [Benchmark(Description = "public: choice 'someone I'm worried about'")]
    public TurnResult PublicChoice() => _bot.OnTurn(_afterWelcome, _someoneElse);

    [Benchmark(Description = "professional: topic")]
    public TurnResult ProfessionalTopic() => _bot.OnTurn(_afterProfessional, _topic);

    [Benchmark(Description = "danger interruption")]
    public TurnResult Danger() => _bot.OnTurn(_afterForMe, _danger);

    [Benchmark(Description = "not understood (re-prompt)")]
    public TurnResult NotUnderstood() => _bot.OnTurn(_afterWelcome, _notUnderstood);

    [Benchmark(Description = "first message prefill")]
    public TurnResult Prefill() => _bot.OnTurn(null, _prefill);

    [Benchmark(Description = "stop (forget)")]
    public TurnResult Stop() => _bot.OnTurn(_afterForMe, _stop);

    [Benchmark(Description = "fail-safe signpost")]
    public TurnResult FailSafe() => _bot.FailSafe(_hi);

    private sealed class Settings : ManualConfig
    {
        public Settings()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(10).WithLaunchCount(1));
        }
    }
}
