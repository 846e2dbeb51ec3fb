using System.Buffers;
using System.Text.Json;
using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Messaging;

/// <summary>The outcome of reading a request body: an activity, or the status and short reason to answer.</summary>
public sealed record ActivityReadResult(Activity? Activity, int Status, string? Reason)
{
    public static ActivityReadResult Ok(Activity activity) => new(activity, StatusCodes.Status200OK, null);

    public static ActivityReadResult Fail(int status, string reason) => new(null, status, reason);
}

/// <summary>
/// Reads and checks an Activity from a request without trusting it: bounded size, JSON errors and missing
/// fields become a 4xx with a short reason, never an exception.
/// </summary>
public static class ActivityReader
{
    public static async Task<ActivityReadResult> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentType is { } contentType && !contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return ActivityReadResult.Fail(StatusCodes.Status415UnsupportedMediaType, "Send the activity as application/json.");
        }

        if (request.ContentLength > maxBytes)
        {
            return ActivityReadResult.Fail(StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {maxBytes} bytes.");
        }

        // Straight from the request pipe, as Kestrel received it: no copy into a buffer of our own, and no extra
        // read to learn the body has ended.
        var body = request.BodyReader;
        while (true)
        {
            var read = await body.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            if (buffer.Length > maxBytes)
            {
                body.AdvanceTo(buffer.End);
                return ActivityReadResult.Fail(StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {maxBytes} bytes.");
            }

            if (read.IsCompleted)
            {
                try
                {
                    return Parse(buffer);
                }
                finally
                {
                    body.AdvanceTo(buffer.End);
                }
            }

            body.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    public static ActivityReadResult Parse(ReadOnlySpan<byte> json)
    {
        if (json.IsEmpty)
        {
            return ActivityReadResult.Fail(StatusCodes.Status400BadRequest, "The request has no body; send an Activity as JSON.");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(json, SchemaJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            return ActivityReadResult.Fail(StatusCodes.Status400BadRequest, "The body is not a valid Activity in JSON.");
        }

        return activity switch
        {
            null => ActivityReadResult.Fail(StatusCodes.Status400BadRequest, "The body is not an Activity."),
            { Type: null or "" } => ActivityReadResult.Fail(StatusCodes.Status400BadRequest, "The activity has no 'type'."),
            { Conversation: null } or { Conversation.Id: null or "" } => ActivityReadResult.Fail(StatusCodes.Status400BadRequest, "The activity has no 'conversation' with an 'id'."),
            { From: null } or { From.Id: null or "" } => ActivityReadResult.Fail(StatusCodes.Status400BadRequest, "The activity has no 'from' with an 'id'."),
            _ => ActivityReadResult.Ok(activity),
        };
    }

    private static ActivityReadResult Parse(ReadOnlySequence<byte> json)
    {
        if (json.IsSingleSegment)
        {
            return Parse(json.FirstSpan);
        }

        var length = (int)json.Length;
        var copy = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            json.CopyTo(copy);
            return Parse(copy.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(copy);
        }
    }
}
