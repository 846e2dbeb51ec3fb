using SignpostBot.Testing;
using SignpostBot.Dialogs.Content;
using SignpostBot.Content.Loading;
using SignpostBot.Content.Pipeline;

namespace SignpostBot.Content.Tests.Loading;

/// <summary>Broken flows are refused with the file, the line and what to do.</summary>
public sealed class DialogLoaderTests
{
    private const string Global = TestContent.SmallGlobal;

    private const string Main = """
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
          - id: victim
            when: { role: victim }
            begin: victim
          - id: public
            when: { role: public }
            signpost:
              hotlines: [gb-modern-slavery-helpline]
        """;

    private const string Victim = """
        version: 1
        id: victim
        steps:
          - id: danger
            confirm: { slot: inDanger, prompt: Danger?, retry: "Danger, again?", yes: "Yes", no: "No", fallback: yes }
          - id: help
            signpost:
              emergency: yes
        """;

    [Fact]
    public void Load_SmallWellFormedFlows_GivesTheDialogs()
    {
        var set = Load(Main, Victim, out var errors);

        Assert.Empty(errors);
        Assert.Equal(["main", "victim"], set!.Dialogs.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2, set.Prompts.Count());
    }

    [Fact]
    public void Load_BeginOfAMissingDialog_NamesTheStepAndLine()
    {
        var error = Assert.Single(LoadErrors(Main.Replace("begin: victim", "begin: victm", StringComparison.Ordinal), Victim));

        Assert.EndsWith("main.yaml", error.File, StringComparison.Ordinal);
        Assert.Equal(13, error.Line);
        Assert.Contains("'victm', which does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownHotline_IsAnErrorOnItsLine()
    {
        var error = Assert.Single(LoadErrors(Main.Replace("hotlines: [gb-modern-slavery-helpline]", "hotlines: [gb-nope]", StringComparison.Ordinal), Victim));

        Assert.Equal(19, error.Line);
        Assert.Contains("'gb-nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SignpostWithoutAnyNumber_IsAnError()
    {
        var errors = LoadErrors(Main, Victim.Replace("emergency: yes", "text: Nothing to call.", StringComparison.Ordinal));

        Assert.Contains(errors, e => e.Message.Contains("at least one phone number", StringComparison.Ordinal) && e.File.EndsWith("victim.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_StepWithTwoKinds_AsksToSplitIt()
    {
        var errors = LoadErrors(Main.Replace("    begin: victim", "    begin: victim\n    say: Hello", StringComparison.Ordinal), Victim);

        Assert.Contains(errors, e => e.Message.Contains("has begin and say", StringComparison.Ordinal) || e.Message.Contains("has say and begin", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_WhenOnAnUnknownSlot_ListsTheSlots()
    {
        var errors = LoadErrors(Main.Replace("when: { role: public }", "when: { mood: public }", StringComparison.Ordinal), Victim);

        Assert.Contains(errors, e => e.Message.Contains("'mood' is not a slot", StringComparison.Ordinal) && e.Line == 17);
    }

    [Fact]
    public void Load_WhenTestingAValueNoQuestionGives_IsAnError()
    {
        var errors = LoadErrors(Main.Replace("when: { role: public }", "when: { role: police }", StringComparison.Ordinal), Victim);

        Assert.Contains(errors, e => e.Message.Contains("'police'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_YesNoFallbackThatIsNotYesOrNo_IsAnError()
    {
        var errors = LoadErrors(Main, Victim.Replace("fallback: yes", "fallback: maybe", StringComparison.Ordinal));

        Assert.Contains(errors, e => e.Message.Contains("must be yes or no", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_DialogThatBeginsItself_IsACycle()
    {
        var errors = LoadErrors(Main, Victim + "\n  - id: again\n    begin: victim\n");

        Assert.Contains(errors, e => e.Message.Contains("begins itself", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MisspeltPromptField_NamesIt()
    {
        var errors = LoadErrors(Main.Replace("retry: Who, again?", "retyr: Who, again?", StringComparison.Ordinal), Victim);

        Assert.Contains(errors, e => e.Message.Contains("Unknown field 'retyr'", StringComparison.Ordinal) && e.Line == 8);
    }

    [Fact]
    public void Load_MissingGlobal_SaysWhatItIsFor()
    {
        var errors = TestContent.LoadDialogs([("dialogs/main.yaml", Main), ("dialogs/victim.yaml", Victim)]).Errors;

        Assert.Contains(errors, e => e.Message.Contains("global.yaml is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ShippedDialogs_HaveNoErrors()
    {
        var result = ContentPipeline.Load(TestContent.Repository, new ValidateOptions());

        Assert.Empty(result.Errors);
    }

    private static DialogSet? Load(string main, string victim, out IReadOnlyList<ContentError> errors)
    {
        var result = TestContent.LoadDialogs([("dialogs/global.yaml", Global), ("dialogs/main.yaml", main), ("dialogs/victim.yaml", victim)]);
        errors = result.Errors.ToList();
        return result.Content;
    }

    private static IReadOnlyList<ContentError> LoadErrors(string main, string victim)
    {
        Load(main, victim, out var errors);
        return errors;
    }
}
