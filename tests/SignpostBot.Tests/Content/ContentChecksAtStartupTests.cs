using SignpostBot.Content.Loading;
using SignpostBot.Testing;

namespace SignpostBot.Tests.Content;

/// <summary>The bot runs the content tool's 'validate' and 'prove' as it starts: errors stop it, warnings do not.</summary>
public sealed class ContentChecksAtStartupTests : IDisposable
{
    private readonly ContentCopy _copy = new();

    [Fact]
    public void Start_ChoiceNoStepActsOn_FailsWithProveError()
    {
        var line = _copy.Replace("dialogs/main.yaml", "when: { role: professional }", "when: { role: public }");
        using var host = new BotFactory().With("Bot:ContentRoot", _copy.Root);

        var ex = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        var load = Assert.IsType<ContentLoadException>(ex.GetBaseException());
        Assert.Contains(load.Errors, e => e.File.EndsWith("main.yaml", StringComparison.Ordinal) && e.Line < line && e.Message.Contains("'professional' to step 'who' leads nowhere", StringComparison.Ordinal));
        Assert.Contains(load.Errors, e => e.Message.Contains("without being shown a phone number: who: I'm a professional", StringComparison.Ordinal));
    }

    [Fact]
    public void Start_StepIdTheSchemaRejects_FailsWithSchemaError()
    {
        _copy.Replace("dialogs/victim.yaml", "id: next", "id: Next Step");
        using var host = new BotFactory().With("Bot:ContentRoot", _copy.Root);

        var ex = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains(Assert.IsType<ContentLoadException>(ex.GetBaseException()).Errors, e => e.Message.Contains("dialog.schema.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Start_OnlyWarnings_Serves()
    {
        _copy.Replace("knowledge/international.yaml", "verified: 2026-11-29", "verified: 2020-01-01");
        using var host = new BotFactory().With("Bot:ContentRoot", _copy.Root);

        using var client = host.CreateClient();

        Assert.NotNull(client);
    }

    public void Dispose() => _copy.Dispose();
}
