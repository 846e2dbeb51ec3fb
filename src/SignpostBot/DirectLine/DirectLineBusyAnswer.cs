using SignpostBot.Content;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Messaging;

namespace SignpostBot.DirectLine;

/// <summary>The 503 body when no conversation can be had: the error, and the fail-safe signpost's replies.</summary>
public sealed record BusyBody(ProblemDetail Error, IReadOnlyList<Activity> Activities);

/// <summary>
/// What a person is told when the chat is full: busy, try again in a minute — and still the emergency number and
/// the helpline (the fail-safe signpost, from content checked at start), never nothing.
/// </summary>
public sealed class DirectLineBusyAnswer(BotContentHolder content, TimeProvider clock)
{
    public IResult Answer(HttpContext http)
    {
        http.Response.Headers.RetryAfter = "60";
        var failSafe = content.Current.Bot.FailSafe(new Activity { Type = ActivityTypes.Message, ChannelId = DirectLineBot.ChannelId }, clock.GetUtcNow());
        var body = new BusyBody(new ProblemDetail("ServiceUnavailable", "The chat is busy. Please try again in a minute."), failSafe.Replies);
        return Results.Json(body, DirectLineJsonContext.Default.BusyBody, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
