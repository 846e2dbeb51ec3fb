using Microsoft.Extensions.Options;
using SignpostBot.Messaging;

namespace SignpostBot.Tests.Messaging;

public sealed class BotCredentialsOptionsTests
{
    private const string AppId = "6a1b3c1e-5f0e-4f55-9d9f-2a4a4b0c0d11";
    private const string Tenant = "0b8c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d";

    [Theory]
    [InlineData("", "", "MultiTenant", "")]
    [InlineData(AppId, "secret", "MultiTenant", "")]
    [InlineData(AppId, "secret", "SingleTenant", Tenant)]
    [InlineData(AppId, "", "UserAssignedMSI", Tenant)]
    public void Validate_CompleteCredentials_Succeeds(string appId, string password, string type, string tenant)
    {
        var result = Validate(appId, password, type, tenant);

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("not-a-guid", "secret", "MultiTenant", "", "GUID")]
    [InlineData(AppId, "", "MultiTenant", "", "MicrosoftAppPassword is required")]
    [InlineData(AppId, "secret", "SingleTenant", "", "MicrosoftAppTenantId")]
    [InlineData(AppId, "secret", "UserAssignedMSI", Tenant, "must be empty")]
    [InlineData(AppId, "secret", "Federated", "", "MicrosoftAppType must be")]
    public void Validate_IncompleteCredentials_FailsWithAReason(string appId, string password, string type, string tenant, string reason)
    {
        var result = Validate(appId, password, type, tenant);

        Assert.True(result.Failed);
        Assert.Contains(reason, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_AppIdWithoutPassword_FailsBeforeServingAnything()
    {
        using var host = new BotFactory().With("MicrosoftAppId", AppId);

        var error = Assert.Throws<OptionsValidationException>(() => host.CreateClient());

        Assert.Contains("MicrosoftAppPassword", error.Message, StringComparison.Ordinal);
    }

    private static ValidateOptionsResult Validate(string appId, string password, string type, string tenant)
        => new BotCredentialsOptionsValidator().Validate(null, new BotCredentialsOptions
        {
            MicrosoftAppId = appId,
            MicrosoftAppPassword = password,
            MicrosoftAppType = type,
            MicrosoftAppTenantId = tenant,
        });
}
