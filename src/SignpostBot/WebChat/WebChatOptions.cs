using System.ComponentModel.DataAnnotations;

namespace SignpostBot.WebChat;

/// <summary>The <c>WebChat</c> configuration section: the page, the widget and Exit this page.</summary>
public sealed class WebChatOptions : IValidatableObject
{
    public const string Section = "WebChat";

    /// <summary>Where Exit this page goes: a neutral site that gives nothing away (default a weather page).</summary>
    public string ExitUrl { get; set; } = "https://www.bbc.co.uk/weather";

    /// <summary>Folder holding the built page and widget. Empty: the copies built beside the app.</summary>
    public string AssetsRoot { get; set; } = string.Empty;

    public string ResolveAssetsRoot()
        => string.IsNullOrWhiteSpace(AssetsRoot) ? Path.Combine(AppContext.BaseDirectory, "clientapp") : Path.GetFullPath(AssetsRoot);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(ExitUrl, UriKind.Absolute, out var exit) || exit.Scheme is not ("https" or "http"))
        {
            yield return new ValidationResult("WebChat:ExitUrl must be an absolute http(s) URL of a neutral site, e.g. https://www.bbc.co.uk/weather.");
        }
    }
}
