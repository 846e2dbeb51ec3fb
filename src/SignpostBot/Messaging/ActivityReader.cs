using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Messaging;

/// <summary>The outcome of reading a request body: an activity, or the status and short reason to answer.</summary>
public sealed record ActivityReadResult(Activity? Activity, int Status, string? Reason)
{
    public static ActivityReadResult Ok(Activity activity) => new(activity, StatusCodes.Status200OK, null);

    public static ActivityReadResult Fail(int status, string reason) => new(null, status, reason);
}

/// <summary>
/// Reads and checks an Activity from a channel without trusting it: bounded size and JSON only (see
/// <see cref="RequestBodyReader"/>); missing fields become a 400 with a short reason, never an exception.
/// </summary>
public sealed class ActivityReader(RequestBodyReader bodies)
{
    public async Task<ActivityReadResult> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var read = await bodies.ReadJsonAsync(request, maxBytes, SchemaJsonContext.Default.Activity, requireJson: true, cancellationToken);
        return read.Value is { } activity ? Check(activity) : ActivityReadResult.Fail(read.Status, read.Reason!);
    }

    /// <summary>Checks the fields every channel activity must carry.</summary>
    public static ActivityReadResult Check(Activity activity) => activity switch
    {
        { Type: null or "" } => ActivityReadResult.Fail(StatusCodes.Status400BadRequest, "The activity has no 'type'."),
        { Conversation: null } or { Conversation.Id: null or "" } => ActivityReadResult.Fail(StatusCodes.Status400BadRequest, "The activity has no 'conversation' with an 'id'."),
        { From: null } or { From.Id: null or "" } => ActivityReadResult.Fail(StatusCodes.Status400BadRequest, "The activity has no 'from' with an 'id'."),
        _ => ActivityReadResult.Ok(activity),
    };
}
