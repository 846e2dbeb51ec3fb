using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SignpostBot.Content;

namespace SignpostBot.Tests;

/// <summary>A fresh in-memory host of the bot for one test class, with optional extra configuration.</summary>
public class BotFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);
    private readonly List<Action<IServiceCollection>> _services = [];

    public BotFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public BotFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    /// <summary>Every log line the app writes, from every category at every level, also goes to <paramref name="sink"/>.</summary>
    internal BotFactory WithTraceLogsIn(LogSink sink)
        => With("Logging:LogLevel:Default", "Trace")
            .With("Logging:LogLevel:Microsoft", "Trace")
            .With("Logging:LogLevel:Microsoft.AspNetCore", "Trace")
            .WithServices(s => s.AddLogging(b => b.AddProvider(sink).SetMinimumLevel(LogLevel.Trace)));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            foreach (var configure in _services)
            {
                configure(services);
            }
        });
    }

    /// <summary>
    /// The host, once its intent classifier is in use: the bot answers before that (rules and recognizers), but the
    /// tests hold it to what it says with the classifier, so every test sees the same bot. Trained once per process.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        host.Services.GetRequiredService<BotContentHolder>().Understanding.WaitAsync(TimeSpan.FromMinutes(2)).GetAwaiter().GetResult();
        return host;
    }
}
