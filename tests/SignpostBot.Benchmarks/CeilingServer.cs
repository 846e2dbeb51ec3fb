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
            var activity = await JsonSerializer.DeserializeAsync(http.Request.Body, SchemaJsonContext.Default.Activity, http.RequestAborted);
            if (activity?.Conversation?.Id is null)
            {
                return Results.BadRequest();
            }

            var reply = new Activity
            {
                Type = ActivityTypes.Message,
                ChannelId = activity.ChannelId,
                Conversation = activity.Conversation,
                From = activity.Recipient,
                Recipient = activity.From,
                ReplyToId = activity.Id,
                Text = "Thank you.",
            };
            return Results.Json(new ExpectedReplies([reply]), SchemaJsonContext.Default.ExpectedReplies);
        });
        await app.RunAsync();
        return 0;
    }
}
