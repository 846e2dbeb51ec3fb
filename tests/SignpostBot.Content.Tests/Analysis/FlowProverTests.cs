using SignpostBot.Content.Analysis;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Dialogs.State;
using SignpostBot.Testing;

namespace SignpostBot.Content.Tests.Analysis;

/// <summary>'prove' on small hand-made flows with known answers, on the repository's flows, and on a bot with a planted fault.</summary>
public sealed class FlowProverTests
{
    private const string Global = TestContent.SmallGlobal;

    private const string Who = """
        version: 1
        id: main
        steps:
          - id: who
            choice:
              slot: role
              prompt: Who?
              retry: Who, again?
              fallback: unsure
              choices:
                - { value: victim, title: Me }
                - { value: public, title: Someone else }
        """;

    [Fact]
    public void Prove_TwoAnswersEachWithASignpost_OneTurnEachAndTheFallbackAfterTwoMisses()
    {
        var report = Prove(Who + """

              - id: me
                when: { role: victim }
                signpost: { emergency: yes }
              - id: other
                when: { role: public }
                signpost: { hotlines: [gb-modern-slavery-helpline] }
            """);

        Assert.False(report.HasErrors, string.Join("\n", report.Problems));
        Assert.Equal(["victim: fewest 1 turn, most 1 turn", "public: fewest 1 turn, most 1 turn", "unsure: fewest 2 turns, most 2 turns"], report.Branches.Select(b => b.ToString()));
    }

    [Fact]
    public void Prove_QuestionsInARow_CountsEveryAnswerAndAnotherCountryAsTwo()
    {
        var report = Prove(Who + """

              - id: danger
                confirm: { slot: inDanger, prompt: Danger?, retry: "Danger, again?", yes: "Yes", no: "No", fallback: yes }
              - id: where
                country: { slot: country, prompt: Where?, retry: "Where, again?", other: Another, askOther: Type it, fallback: unknown }
              - id: help
                signpost: { countryHotlines: yes, emergency: yes, unknownCountryText: No list., noCountryText: No country. }
            """, maxTurns: 5);

        Assert.False(report.HasErrors, string.Join("\n", report.Problems));
        Assert.Equal("victim: fewest 3 turns, most 4 turns", report.Branches[0].ToString());
    }

    [Fact]
    public void Prove_PathLongerThanTheMaximum_FailsAtTheSignpostLine()
    {
        var report = Prove(Who + """

              - id: danger
                confirm: { slot: inDanger, prompt: Danger?, retry: "Danger, again?", yes: "Yes", no: "No", fallback: yes }
              - id: help
                signpost: { emergency: yes }
            """, maxTurns: 1);

        Assert.Contains(report.Problems, p => p.File == "main.yaml" && p.Line == 15 && p.Message.Contains("needs 2 turns", StringComparison.Ordinal) && p.Message.Contains("who: Me; danger: Yes", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Line == 13 && p.Message.Contains("needs 3 turns", StringComparison.Ordinal));
    }

    [Fact]
    public void Prove_AnswerWithoutANumberOnItsPath_FailsNamingTheAnswers()
    {
        var report = Prove(Who + """

              - id: me
                when: { role: victim }
                signpost: { emergency: yes }
              - id: bye
                say: Bye.
            """);

        Assert.Contains(report.Problems, p => p.File == "main.yaml" && p.Line == 16 && p.Message.Contains("without being shown a phone number", StringComparison.Ordinal) && p.Message.Contains("who: Someone else", StringComparison.Ordinal));
    }

    [Fact]
    public void Prove_ChoiceNoStepActsOn_FailsAtTheQuestion()
    {
        var report = Prove(Who + """

              - id: me
                when: { role: victim }
                signpost: { emergency: yes }
              - id: bye
                say: Bye.
            """);

        Assert.Contains(report.Problems, p => p.File == "main.yaml" && p.Line == 4 && p.Message.Contains("'public' to step 'who' leads nowhere", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Problems, p => p.Message.Contains("'victim' to step 'who'", StringComparison.Ordinal));
    }

    [Fact]
    public void Prove_QuestionWhoseAnswerIsAlwaysKnown_IsUnreachable()
    {
        var report = Prove(Who + """

              - id: again
                choice:
                  slot: role
                  prompt: Who again?
                  retry: Who?
                  fallback: unsure
                  choices: [{ value: victim, title: Me }, { value: public, title: Them }]
              - id: help
                signpost: { emergency: yes }
            """);

        var problem = Assert.Single(report.Problems);
        Assert.Equal(13, problem.Line);
        Assert.Contains("Step 'again' is never asked", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prove_DialogNobodyBegins_NeverRuns()
    {
        var report = Prove(Who + """

              - id: help
                signpost: { emergency: yes }
            """, ("lost.yaml", "version: 1\nid: lost\nsteps:\n  - id: hi\n    say: Hi.\n"));

        var problem = Assert.Single(report.Problems);
        Assert.Equal("lost.yaml", problem.File);
        Assert.Contains("'lost' never runs", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prove_NoDangerPhrasesInAnyLanguage_Fails()
    {
        var report = FlowProver.Prove(TestContent.Dialogs.WithUnderstanding([]), new ProveOptions());

        Assert.Contains(report.Problems, p => Path.GetFileName(p.File) == "global.yaml" && p.Message.Contains("No danger phrases", StringComparison.Ordinal));
    }

    [Fact]
    public void Prove_FirstMessageThatAnswersEverything_ZeroTurns()
    {
        var report = Prove(Who.Replace("fallback: unsure", "fallback: unsure\n      prefill: yes", StringComparison.Ordinal) + """

              - id: help
                signpost: { emergency: yes }
            """);

        Assert.Equal("victim: fewest 0 turns, most 1 turn", report.Branches[0].ToString());
    }

    [Fact]
    public void Prove_RepositoryFlows_PassWithTimeToHelpPerBranch()
    {
        var report = FlowProver.Prove(TestContent.Dialogs, new ProveOptions());

        Assert.False(report.HasErrors, string.Join("\n", report.Problems));
        var lines = report.Lines().ToList();
        // A first message that says what is happening gets help in its own reply: no turn after it.
        Assert.Contains("victim: fewest 0 turns, most 4 turns", lines);
        // "all": a first message naming only a country gets that country's lines before anyone says who the help is for.
        Assert.Equal(["victim", "public", "professional", "unsure", "all"], report.Branches.Select(b => b.Branch));
        Assert.All(report.Branches, b => Assert.InRange(b.Most, b.Fewest, 4));
        Assert.StartsWith("danger words:", lines[5], StringComparison.Ordinal);
    }

    [Fact]
    public void ProveEveryLanguage_EachOfferedLanguage_PassesWithTheEnglishTimeToHelp()
    {
        var english = FlowProver.Prove(TestContent.Dialogs, new ProveOptions());

        var languages = FlowProver.ProveEveryLanguage(TestContent.Dialogs, new ProveOptions());

        Assert.True(languages.Count >= 12, $"{languages.Count} languages were proved");
        Assert.All(languages, l =>
        {
            Assert.False(l.Report.HasErrors, l.Language + ": " + string.Join("\n", l.Report.Problems));
            Assert.Equal(english.Branches.Select(b => (b.Branch, b.Most)), l.Report.Branches.Select(b => (b.Branch, b.Most)));
        });
    }

    [Fact]
    public void Prove_EngineThatDropsTheSignpostsAfterTheFirstAnswer_FailsNamingTheStepAndTheAnswers()
    {
        // The fault is in the turn function, not in the content: the same content proves with the real bot.
        var faulty = new Faulty(TestContent.NewBot(), (state, activity, result) => state?.Slots.Role is null ? result : result with { Replies = [.. result.Replies.Where(r => r.Attachments is null)] });

        var report = FlowProver.Prove(faulty, TestContent.Dialogs, new ProveOptions());

        Assert.True(report.HasErrors);
        var deadEnd = Assert.Single(report.Problems, p => p.Message.Contains("without being shown a phone number", StringComparison.Ordinal) && p.Message.Contains("who: For me", StringComparison.Ordinal));
        Assert.EndsWith("main.yaml", deadEnd.File, StringComparison.Ordinal);
        Assert.Equal(TestContent.Dialogs.Start.Steps.Single(s => s.Id == "goodbye").Location.Line, deadEnd.Line);
        Assert.Contains("danger: ", deadEnd.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prove_EngineThatMissesDangerWordsAtOneQuestion_FailsAtThatQuestion()
    {
        var country = TestContent.Dialogs.Find("victim")!.Steps.OfType<CountryPromptStep>().Single();
        var faulty = new Faulty(TestContent.NewBot(), (state, activity, result) => state?.Stack is [{ DialogId: "victim", StepId: "country" }, ..] && activity.Text == "in danger"
            ? result with { Replies = [.. result.Replies.Where(r => r.Attachments is null)] }
            : result);

        var report = FlowProver.Prove(faulty, TestContent.Dialogs, new ProveOptions());

        var problem = Assert.Single(report.Problems);
        Assert.Equal((country.Location.File, country.Location.Line), (problem.File, problem.Line));
        Assert.Contains("did not show the emergency number", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prove_EngineThatDropsTheCountryHeading_FailsWhereAUkNumberReachesSomeoneNotKnownToBeInTheUk()
    {
        var faulty = new Faulty(TestContent.NewBot(), (state, activity, result) => result with
        {
            Replies = [.. result.Replies.Select(r => r with { Text = r.Text?.Replace("United Kingdom only\n", string.Empty, StringComparison.Ordinal) })],
        });

        var report = FlowProver.Prove(faulty, TestContent.Dialogs, new ProveOptions());

        var child = TestContent.Dialogs.Find("professional")!.Steps.Single(s => s.Id == "child");
        Assert.Contains(report.Problems, p => (p.File, p.Line) == (child.Location.File, child.Location.Line));
        Assert.DoesNotContain(FlowProver.Prove(TestContent.NewBot(), TestContent.Dialogs, new ProveOptions()).Problems, p => p.Line == child.Location.Line);
    }

    [Fact]
    public void Prove_EngineThatNeverMovesOn_FailsWithALoop()
    {
        // Every answer is taken as "help": the question is asked again for ever, and no number is ever shown.
        var bot = TestContent.NewBot();
        var faulty = new Faulty(bot, (state, activity, result) => state is null || activity.Text is "stop" or "start again" ? result : bot.OnTurn(state, activity with { Text = "help" }));

        var report = FlowProver.Prove(faulty, TestContent.Dialogs, new ProveOptions());

        Assert.Contains(report.Problems, p => p.Message.Contains("go round in a loop", StringComparison.Ordinal));
    }

    private static ProofReport Prove(string main, (string Path, string Text)? extra = null, int maxTurns = 4, string global = Global)
        => FlowProver.Prove(
            TestContent.LoadFlows(global, extra is { } file ? [("main.yaml", main), file] : [("main.yaml", main)]),
            new ProveOptions { MaxTurns = maxTurns });

    /// <summary>The real bot with a fault planted in what its turns return.</summary>
    private sealed class Faulty(TriageBot bot, Func<DialogState?, Activity, TurnResult, TurnResult> fault) : ITurnFunction
    {
        public TurnResult OnTurn(DialogState? state, Activity activity, DateTimeOffset? timestamp = null, ITurnObserver? observer = null)
            => fault(state, activity, bot.OnTurn(state, activity, timestamp, observer));

        public TurnResult FailSafe(Activity activity, DateTimeOffset? timestamp = null) => bot.FailSafe(activity, timestamp);
    }
}
