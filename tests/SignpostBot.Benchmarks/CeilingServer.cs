using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using System.Text.Json;
using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Benchmarks;

/// <summary>
/// The ceiling: a bare ASP.NET Core endpoint that reads and parses the activity, then answers with one canned
/// reply. No .NET bot on this machine can be faster over the same HTTP path.
/// </summary>
internal static class CeilingServer
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        // The same log levels SignpostBot ships with, so neither pays for logging the other does not.
        builder.Configuration["Logging:LogLevel:Default"] = "Information";
        builder.Configuration["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning";
        var app = builder.Build();
        app.MapPost("/api/messages", async (HttpContext http) =>
        {
            var activity = await ReadAsync(http);
            if (activity?.Conversation?.Id is null)
            {
                http.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            var reply = new Activity
            {
                Type = ActivityTypes.Message,
                Timestamp = DateTimeOffset.UtcNow,
                ChannelId = activity.ChannelId,
                Conversation = activity.Conversation,
                From = activity.Recipient,
                Recipient = activity.From,
                ReplyToId = activity.Id,
                InputHint = InputHints.AcceptingInput,
                Text = "Thank you.",
            };

            // The fastest way to answer (the same as SignpostBot's): one synchronous pass into the response pipe.
            http.Response.ContentType = "application/json; charset=utf-8";
            using (var writer = new Utf8JsonWriter(http.Response.BodyWriter))
            {
                JsonSerializer.Serialize(writer, new ExpectedReplies([reply]), SchemaJsonContext.Default.ExpectedReplies);
            }

            await http.Response.BodyWriter.FlushAsync(http.RequestAborted);
        });
        await app.RunAsync();
        return 0;
    }

    /// <summary>The whole body from the request pipe, then one synchronous parse: the cheapest way to read it.</summary>
    private static async Task<Activity?> ReadAsync(HttpContext http)
    {
        var body = http.Request.BodyReader;
        while (true)
        {
            var read = await body.ReadAsync(http.RequestAborted);
            if (read.IsCompleted)
            {
                var json = new Utf8JsonReader(read.Buffer);
                var activity = JsonSerializer.Deserialize(ref json, SchemaJsonContext.Default.Activity);
                body.AdvanceTo(read.Buffer.End);
                return activity;
            }

            body.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
    }
}
