using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Net.Http.Headers;

namespace SignpostBot.Messaging;

/// <summary>The outcome of reading a JSON request body: the value, or the status and short reason to answer.</summary>
public readonly record struct BodyRead<T>(T? Value, int Status, string? Reason)
    where T : class;

/// <summary>
/// Reads every JSON request body the app takes, from every endpoint, through one bounded buffer: never more than
/// the limit is held, whether the client sends Content-Length or chunks; a body that is too large, too slow, cut
/// off, of the wrong media type or not JSON becomes a 4xx with a short reason, and one information line that says
/// which (no stack: it is a client's doing, not a fault).
/// </summary>
public sealed partial class RequestBodyReader(ILogger<RequestBodyReader> logger)
{
    /// <param name="request">The request whose body to read.</param>
    /// <param name="maxBytes">The most bytes taken; past it the answer is 413 and nothing more is read.</param>
    /// <param name="type">What to read the JSON as.</param>
    /// <param name="requireJson">
    /// Whether the Content-Type must be <c>application/json</c> (or <c>+json</c>): true for everything but the
    /// beacon of Exit this page, which browsers send as text. A browser can only send JSON cross-site after a
    /// CORS preflight, so this also keeps other sites' pages from posting.
    /// </param>
    /// <param name="cancellationToken">The request's.</param>
    public async Task<BodyRead<T>> ReadJsonAsync<T>(HttpRequest request, int maxBytes, JsonTypeInfo<T> type, bool requireJson, CancellationToken cancellationToken)
        where T : class
    {
        if (requireJson && !IsJson(request.ContentType))
        {
            return Refused<T>(StatusCodes.Status415UnsupportedMediaType, "Send the body as application/json.");
        }

        if (request.ContentLength > maxBytes)
        {
            return Refused<T>(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {maxBytes} bytes.");
        }

        var body = request.BodyReader;
        try
        {
            while (true)
            {
                var read = await body.ReadAsync(cancellationToken);
                var buffer = read.Buffer;
                if (buffer.Length > maxBytes)
                {
                    body.AdvanceTo(buffer.End);
                    return Refused<T>(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {maxBytes} bytes.");
                }

                if (read.IsCompleted)
                {
                    try
                    {
                        return Parse(buffer, type);
                    }
                    finally
                    {
                        body.AdvanceTo(buffer.End);
                    }
                }

                // Nothing consumed, everything examined: the next read returns when more has arrived.
                body.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's own limits: a body sent too slowly (408), or larger than the server allows (413).
            return Refused<T>(ex.StatusCode, ex.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => $"The body is larger than {maxBytes} bytes.",
                StatusCodes.Status408RequestTimeout => "The body came too slowly.",
                _ => "The body was not received in full.",
            });
        }
        catch (IOException)
        {
            return Refused<T>(StatusCodes.Status400BadRequest, "The body was cut off.");
        }
    }

    private BodyRead<T> Parse<T>(ReadOnlySequence<byte> json, JsonTypeInfo<T> type)
        where T : class
    {
        if (json.IsEmpty)
        {
            return Refused<T>(StatusCodes.Status400BadRequest, "The request has no body; send JSON.");
        }

        try
        {
            var reader = new Utf8JsonReader(json);
            return JsonSerializer.Deserialize(ref reader, type) is { } value
                ? new BodyRead<T>(value, StatusCodes.Status200OK, null)
                : Refused<T>(StatusCodes.Status400BadRequest, "The body is JSON null.");
        }
        catch (JsonException)
        {
            return Refused<T>(StatusCodes.Status400BadRequest, "The body is not valid JSON of the expected shape.");
        }
    }

    private BodyRead<T> Refused<T>(int status, string reason)
        where T : class
    {
        LogRefused(logger, status, reason);
        return new BodyRead<T>(null, status, reason);
    }

    private static bool IsJson(string? contentType)
        => MediaTypeHeaderValue.TryParse(contentType, out var media)
            && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || media.MediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    [LoggerMessage(Level = LogLevel.Information, Message = "A request body was refused ({Status}): {Reason}")]
    private static partial void LogRefused(ILogger logger, int status, string reason);
}
