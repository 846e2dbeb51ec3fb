using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace SignpostBot.Tests;

/// <summary>
/// Stands in for Entra ID's token endpoint behind Microsoft.Identity.Client's HTTP client: answers client
/// credentials requests with a numbered access token and records what was asked.
/// </summary>
public sealed class TokenEndpoint : HttpMessageHandler
{
    private int _issued;

    public ConcurrentQueue<TokenRequest> Requests { get; } = new();

    public int Issued => Volatile.Read(ref _issued);

    /// <summary>The lifetime of the tokens it issues, in seconds (Entra ID's usual: an hour).</summary>
    public int ExpiresInSeconds { get; init; } = 3600;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue(new TokenRequest(request.Method.Method, request.RequestUri!, body));
        if (request.Method != HttpMethod.Post || !request.RequestUri!.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        var number = Interlocked.Increment(ref _issued);
        var json = $$"""{"token_type":"Bearer","expires_in":{{ExpiresInSeconds}},"ext_expires_in":{{ExpiresInSeconds}},"access_token":"test-access-token-{{number}}"}""";
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
    }
}

public sealed record TokenRequest(string Method, Uri Url, string Body);
