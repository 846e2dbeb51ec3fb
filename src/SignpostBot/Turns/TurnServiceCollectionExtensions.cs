namespace SignpostBot.Turns;

public static class TurnServiceCollectionExtensions
{
    /// <summary>The shared turn pipeline every host uses.</summary>
    public static IServiceCollection AddTurnRunner(this IServiceCollection services)
    {
        services.AddSingleton<TurnRunner>();
        return services;
    }
}
