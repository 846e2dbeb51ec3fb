using Microsoft.Net.Http.Headers;
using SignpostBot.Dialogs.Localization;

namespace SignpostBot.WebChat;

/// <summary>
/// Which language the page and widget are asked for: <c>?lang=</c> (the page passes its own to the widget, and a site
/// embedding the widget can set it), else the browser's first <c>Accept-Language</c>. Nothing is stored.
/// </summary>
public static class PageLanguage
{
    public const string QueryKey = "lang";

    /// <summary>A normalized tag (<see cref="LanguageTag.Normalize"/>), or null for English.</summary>
    public static string? Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (LanguageTag.Normalize(http.Request.Query[QueryKey].ToString()) is { } asked)
        {
            return asked;
        }

        var accepted = http.Request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .FirstOrDefault();
        return LanguageTag.Normalize(accepted?.Value.Value);
    }
}
