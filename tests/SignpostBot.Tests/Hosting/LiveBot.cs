using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace SignpostBot.Tests.Hosting;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 and a free port, for clients the in-memory test server cannot reach:
/// a browser, Node. Ready when <c>/healthz</c> answers (polled with a deadline, never a sleep).
/// </summary>
public sealed class LiveBot : IAsyncDisposable
{
    private readonly BotFactory _factory;

    private LiveBot(BotFactory factory, Uri baseAddress)
    {
        _factory = factory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The origin, e.g. <c>http://127.0.0.1:41234</c>, without a trailing slash.</summary>
    public string Origin => BaseAddress.GetLeftPart(UriPartial.Authority);

    public IServiceProvider Services => _factory.Services;

    public static async Task<LiveBot> StartAsync(BotFactory factory)
    {
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        var baseAddress = new Uri(addresses.Single(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)));
        await WaitUntilHealthyAsync(baseAddress, TimeSpan.FromSeconds(30));
        return new LiveBot(factory, baseAddress);
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private static async Task WaitUntilHealthyAsync(Uri baseAddress, TimeSpan limit)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        if (!await LocalProcess.WaitUntilAsync(() => AnswersHealthAsync(http), limit))
        {
            throw new TimeoutException($"The bot at {baseAddress} was not healthy within {limit}.");
        }
    }

    private static async Task<bool> AnswersHealthAsync(HttpClient http)
    {
        try
        {
            using var response = await http.GetAsync("/healthz");
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
