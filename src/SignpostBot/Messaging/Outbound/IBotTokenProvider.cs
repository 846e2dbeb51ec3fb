namespace SignpostBot.Messaging.Outbound;

/// <summary>The bearer token the bot sends with its replies; null in local mode, where replies go untokened.</summary>
public interface IBotTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}

/// <summary>Local mode: the Emulator and tests on loopback expect no token.</summary>
public sealed class NoBotTokenProvider : IBotTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
