using System.Text.Json.Serialization;

namespace SignpostBot.Messaging;

/// <summary>The error body Bot Framework services use: <c>{"error":{"code","message"}}</c>.</summary>
public sealed record ProblemBody(ProblemDetail Error)
{
    public static ProblemBody Of(string code, string message) => new(new ProblemDetail(code, message));
}

public sealed record ProblemDetail(string Code, string Message);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ProblemBody))]
public sealed partial class MessagingJsonContext : JsonSerializerContext;
