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

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(maxBytes + 1, 16 * 1024));
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (buffer.Length > maxBytes)
                    {
                        return ActivityReadResult.Fail(StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {maxBytes} bytes.");
                    }

                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, maxBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            if (length > maxBytes)
            {
                return ActivityReadResult.Fail(StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {maxBytes} bytes.");
            }

            return Parse(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
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
}
