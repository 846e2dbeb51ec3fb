using SignpostBot.Messaging;

namespace SignpostBot.DirectLine;

/// <summary>Direct Line's error answers, with the codes botframework-directlinejs reacts to (403 expired, 404 ended).</summary>
public static class DirectLineErrors
{
    public static IResult TokenExpired() => Error(StatusCodes.Status403Forbidden, "TokenExpired", "Token expired.");

    public static IResult Forbidden() => Error(StatusCodes.Status403Forbidden, "BadArgument", "Token not valid for this conversation.");

    public static IResult NotFound() => Error(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found or ended.");

    public static IResult ForeignOrigin() => Error(StatusCodes.Status403Forbidden, "Forbidden", "This site may not use the chat.");

    public static IResult TooLarge() => Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The activity is too large.");

    public static IResult BadRequest(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult Error(int status, string code, string message)
        => Results.Json(ProblemBody.Of(code, message), DirectLineJsonContext.Default.ProblemBody, statusCode: status);
}
