using Microsoft.Net.Http.Headers;
using SignpostBot.Dialogs.Localization;

namespace SignpostBot.WebChat;

/// <summary>
/// Which languages the page and widget are asked for, best first: <c>?lang=</c> (the page's language picker links to
/// it, the page passes its own to the widget, and a site embedding the widget can set it), then the browser's
/// <c>Accept-Language</c> by preference. The content then serves the first it has texts for (<see cref="WebChatAssets"/>).
/// Nothing is stored: no cookie, no storage, the choice lives in the address.
/// </summary>
public static class PageLanguage
{
    public const string QueryKey = "lang";

    /// <summary>
    /// Normalized tags (<see cref="LanguageTag.Normalize"/>) in the order asked: the query's, then each accepted language
    /// by quality (the header's order breaks ties; <c>q=0</c>, <c>*</c> and values that are not tags are left out).
    /// </summary>
    public static IEnumerable<string> Asked(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (LanguageTag.Normalize(http.Request.Query[QueryKey].ToString()) is { } asked)
        {
            yield return asked;
        }

        // OrderByDescending is stable: languages of equal quality keep the browser's order.
        var accepted = http.Request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1);
        foreach (var language in accepted)
        {
            if (LanguageTag.Normalize(language.Value.Value) is { } tag)
            {
                yield return tag;
            }
        }
    }
}
