using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SignpostBot.DirectLine;
using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Tests.DirectLine;

/// <summary>Speaks the built-in Direct Line's REST API the way directlinejs does, for in-process tests.</summary>
internal sealed class DirectLineTestClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public async Task<WebChatToken> NewTokenAsync()
    {
        using var response = await Http.PostAsync("/api/directline/token", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync(DirectLineJsonContext.Default.WebChatToken))!;
    }

    public async Task<WebChatToken> StartedAsync()
    {
        var token = await NewTokenAsync();
        using var response = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", token.Token, "{}");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return token;
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, string? json = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return Http.SendAsync(request);
    }

    public async Task<string> PostMessageAsync(WebChatToken token, string text, string clientActivityId = "client-1")
    {
        var activity = "{\"type\":\"message\",\"from\":{\"id\":\"" + token.UserId + "\",\"role\":\"user\"},\"text\":" + JsonSerializer.Serialize(text)
            + ",\"channelData\":{\"clientActivityID\":\"" + clientActivityId + "\"}}";
        using var response = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{token.ConversationId}/activities", token.Token, activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync(DirectLineJsonContext.Default.ResourceResponse))!.Id;
    }

    public async Task<ActivitySet> GetActivitiesAsync(WebChatToken token, string? watermark = null)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{token.ConversationId}/activities?watermark={watermark}", token.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync(DirectLineJsonContext.Default.ActivitySet))!;
    }

    public static async Task<string?> ErrorCodeAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("error").GetProperty("code").GetString();
    }

    public static Activity Find(ActivitySet set, Func<Activity, bool> predicate) => Assert.Single(set.Activities, a => predicate(a));
}
