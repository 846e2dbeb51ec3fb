using Microsoft.Extensions.Options;

namespace SignpostBot.Messaging;

/// <summary>
/// The bot's identity in Azure Bot Service, under the Bot Framework's own top-level setting names so an
/// Azure Bot's usual app settings work unchanged. No <see cref="MicrosoftAppId"/> means local mode.
/// </summary>
public sealed class BotCredentialsOptions
{
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";

    /// <summary>The Azure Bot's app (client) id: the audience of channel tokens and the client of outbound tokens.</summary>
    public string MicrosoftAppId { get; set; } = string.Empty;

    /// <summary>The client secret; not used for UserAssignedMSI.</summary>
    public string MicrosoftAppPassword { get; set; } = string.Empty;

    /// <summary>MultiTenant (the default, for bots created before August 2025), SingleTenant or UserAssignedMSI.</summary>
    public string MicrosoftAppType { get; set; } = MultiTenant;

    /// <summary>The Entra tenant of a SingleTenant or UserAssignedMSI bot.</summary>
    public string MicrosoftAppTenantId { get; set; } = string.Empty;

    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);
}

/// <summary>Checks the credentials fit together at start, so a half-configured bot fails before its first activity.</summary>
public sealed class BotCredentialsOptionsValidator : IValidateOptions<BotCredentialsOptions>
{
    public ValidateOptionsResult Validate(string? name, BotCredentialsOptions options)
    {
        if (options.IsLocalMode)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!Guid.TryParse(options.MicrosoftAppId, out _))
        {
            failures.Add("MicrosoftAppId must be the Azure Bot's app (client) id, a GUID.");
        }

        switch (options.MicrosoftAppType)
        {
            case BotCredentialsOptions.MultiTenant:
                RequirePassword(options, failures);
                break;
            case BotCredentialsOptions.SingleTenant:
                RequirePassword(options, failures);
                RequireTenant(options, failures);
                break;
            case BotCredentialsOptions.UserAssignedMsi:
                RequireTenant(options, failures);
                if (!string.IsNullOrEmpty(options.MicrosoftAppPassword))
                {
                    failures.Add("MicrosoftAppPassword must be empty for UserAssignedMSI: the managed identity has no secret.");
                }

                break;
            default:
                failures.Add("MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI.");
                break;
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequirePassword(BotCredentialsOptions options, List<string> failures)
    {
        if (string.IsNullOrEmpty(options.MicrosoftAppPassword))
        {
            failures.Add($"MicrosoftAppPassword is required for MicrosoftAppType {options.MicrosoftAppType}.");
        }
    }

    private static void RequireTenant(BotCredentialsOptions options, List<string> failures)
    {
        if (!Guid.TryParse(options.MicrosoftAppTenantId, out _))
        {
            failures.Add($"MicrosoftAppTenantId (a GUID) is required for MicrosoftAppType {options.MicrosoftAppType}.");
        }
    }
}
