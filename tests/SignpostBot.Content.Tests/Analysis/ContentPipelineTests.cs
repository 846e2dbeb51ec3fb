using SignpostBot.Content.Analysis;
using SignpostBot.Content.Loading;
using SignpostBot.Content.Pipeline;
using SignpostBot.Testing;

namespace SignpostBot.Content.Tests.Analysis;

/// <summary>Each check of the content pipeline ('validate') fires on a broken copy of the content, at the right file and line.</summary>
public sealed class ContentPipelineTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 30);
    private readonly ContentCopy _copy = new();

    [Fact]
    public void Validate_RepositoryContentWithTheSeedPage_HasNoErrors()
    {
        var result = ContentPipeline.Load(ContentSources.Folders(RepositoryPaths.Dialogs, RepositoryPaths.Knowledge), new ValidateOptions { Today = Today, SeedPath = RepositoryPaths.Seed });

        Assert.False(result.HasErrors, string.Join("\n", result.Problems));
        Assert.NotNull(result.Content);
    }

    [Fact]
    public void Validate_MistypedNumber_ErrorAtItsLine()
    {
        var line = _copy.Replace("knowledge/countries.yaml", "\"0800 800 678\"", "\"0800 800 6789 1\"");

        var result = Validate();

        AssertError(result, "countries.yaml", line, "0800 800 6789 1");
    }

    [Fact]
    public void Validate_MalformedUrl_ErrorAtItsLine()
    {
        var line = _copy.Replace("knowledge/guidance.yaml", "url: https://www.gov.uk/guidance/report-modern-slavery", "url: htps//www.gov.uk/guidance/report-modern-slavery");

        AssertError(Validate(), "guidance.yaml", line, "https://");
    }

    [Fact]
    public void Validate_DuplicateHotlineId_ErrorAtTheSecondEntry()
    {
        var line = _copy.Replace("knowledge/countries.yaml", "id: se-trafficking-support-line", "id: ro-anitp-helpline");

        AssertError(Validate(), "countries.yaml", line, "'ro-anitp-helpline' is already used");
    }

    [Fact]
    public void Validate_UnknownHotlineInAFlow_ErrorAtTheSignpost()
    {
        var line = _copy.Replace("dialogs/public.yaml", "gb-crimestoppers]", "gb-crimestopers]");

        AssertError(Validate(), "public.yaml", line, "gb-crimestopers");
    }

    [Fact]
    public void Validate_EntryVerifiedLongAgo_WarningAtItsDateAndNoError()
    {
        var line = _copy.Replace("knowledge/international.yaml", "verified: 2026-11-29", "verified: 2024-01-02");

        var result = Validate();

        Assert.False(result.HasErrors, string.Join("\n", result.Problems));
        Assert.Contains(result.Problems, p => p.Severity == ContentSeverity.Warning && p.File.EndsWith("international.yaml", StringComparison.Ordinal) && p.Line == line && p.Message.Contains("2024-01-02", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_VerifiedInTheFuture_OnlyAWarning()
    {
        var line = _copy.Replace("knowledge/international.yaml", "verified: 2026-11-29", "verified: 2027-01-01");

        var result = Validate();

        Assert.False(result.HasErrors, string.Join("\n", result.Problems));
        Assert.Contains(result.Problems, p => p.Line == line && p.Message.Contains("in the future", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SchemaThatIsNotJson_ErrorNamingTheSchema()
    {
        File.WriteAllText(Path.Combine(_copy.Dialogs, "schemas", "global.schema.json"), "{ not json");

        var result = Validate();

        Assert.Contains(result.Problems, p => p.Severity == ContentSeverity.Error && p.File.EndsWith("global.schema.json", StringComparison.Ordinal) && p.Message.Contains("cannot be read", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MaxAgeShorterThanTheDates_WarnsForEveryEntry()
    {
        var result = ContentPipeline.Load(ContentSources.Folders(_copy.Dialogs, _copy.Knowledge), new ValidateOptions { Today = Today.AddDays(10), MaxVerifiedAgeDays = 5 });

        Assert.True(result.Problems.Count(p => p.Message.Contains("last verified", StringComparison.Ordinal)) > 40);
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void Validate_HotlineNoSignpostCanShow_WarningAtItsId()
    {
        var line = _copy.Line("knowledge/countries.yaml", "id: se-trafficking-support-line");

        var result = Validate();

        Assert.Contains(result.Problems, p => p.Severity == ContentSeverity.Warning && p.Line == line && p.Message.Contains("never shown", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_GuidanceWhoseTopicsNoSignpostAsksFor_WarningAtItsId()
    {
        _copy.Replace("knowledge/guidance.yaml", "topics: [child, adult, nrm, trauma-informed]", "topics: [nrm]");
        var line = _copy.Line("knowledge/guidance.yaml", "id: gov-statutory-guidance");

        var result = Validate();

        Assert.Contains(result.Problems, p => p.Severity == ContentSeverity.Warning && p.File.EndsWith("guidance.yaml", StringComparison.Ordinal) && p.Line == line && p.Message.Contains("'gov-statutory-guidance' is never shown", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SeedHotlineDeleted_ErrorAtItsCountry()
    {
        var seed = _copy.PathOf("seed.txt");
        File.WriteAllText(seed, "National hotlines\n\nRomania\n\nHotline against trafficking\nTelephone: 0800 800 67\n\nSweden\nTelephone: 020 99 99 99\n\nResources and useful links\n");
        var sweden = _copy.Line("knowledge/countries.yaml", "name: Sweden") - 1;

        var result = ContentPipeline.Load(ContentSources.Folders(_copy.Dialogs, _copy.Knowledge), new ValidateOptions { Today = Today, SeedPath = seed });

        var error = Assert.Single(result.Problems, p => p.Severity == ContentSeverity.Error);
        Assert.EndsWith("countries.yaml", error.File, StringComparison.Ordinal);
        Assert.Equal(sweden, error.Line);
        Assert.Contains("020 99 99 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_StepIdAgainstTheSchema_ErrorAtItsLineNamingTheSchema()
    {
        var line = _copy.Replace("dialogs/victim.yaml", "id: danger", "id: Danger_Now");

        AssertError(Validate(), "victim.yaml", line, "dialog.schema.json");
    }

    [Fact]
    public void Validate_UnknownFieldInAStep_OneErrorAtItsLine()
    {
        var line = _copy.Replace("dialogs/main.yaml", "firstTimeOnly: yes", "firstTimeOnly: yes\n    colour: blue") + 1;

        var result = Validate();

        Assert.Single(result.Problems, p => p.Severity == ContentSeverity.Error && p.Line == line && p.File.EndsWith("main.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_WithProveAndAChoiceNoStepActsOn_ReportsTheProofBesideTheFileChecks()
    {
        _copy.Replace("dialogs/main.yaml", "when: { role: professional }", "when: { role: public }");
        var stale = _copy.Replace("knowledge/international.yaml", "verified: 2026-11-29", "verified: 2020-01-01");

        var proved = ContentPipeline.Load(ContentSources.Folders(_copy.Dialogs, _copy.Knowledge), new ValidateOptions { Today = Today, Prove = new ProveOptions() });
        var notProved = Validate();

        AssertError(proved, "main.yaml", _copy.Line("dialogs/main.yaml", "id: who"), "leads nowhere");
        Assert.Contains(proved.Problems, p => p.Severity == ContentSeverity.Warning && p.Line == stale);
        Assert.False(notProved.HasErrors, string.Join("\n", notProved.Problems));
    }

    [Fact]
    public void Validate_AnswerWithAnUnknownIntent_ErrorAtItsLineNamingTheSchema()
    {
        var line = _copy.Replace("knowledge/answers.yaml", "intent: professional.nrm_who_refers", "intent: professional.nrm_who_referss");

        AssertError(Validate(), "answers.yaml", line, "answers.schema.json");
    }

    [Fact]
    public void Validate_WithoutTheOptionalAnswersFile_HasNoErrors()
    {
        File.Delete(_copy.PathOf("knowledge/answers.yaml"));

        var result = Validate();

        Assert.False(result.HasErrors, string.Join("\n", result.Problems));
    }

    public void Dispose() => _copy.Dispose();

    private ValidationResult Validate() => ContentPipeline.Load(ContentSources.Folders(_copy.Dialogs, _copy.Knowledge), new ValidateOptions { Today = Today });

    private static void AssertError(ValidationResult result, string file, int line, string text)
    {
        Assert.True(result.HasErrors);
        Assert.True(
            result.Problems.Any(p => p.Severity == ContentSeverity.Error && p.File.EndsWith(file, StringComparison.Ordinal) && p.Line == line && p.Message.Contains(text, StringComparison.Ordinal)),
            $"Expected an error at {file} line {line} mentioning '{text}'; got:\n{string.Join("\n", result.Problems)}");
    }
}
