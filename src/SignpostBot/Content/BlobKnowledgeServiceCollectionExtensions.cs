namespace SignpostBot.Content;

public static class BlobKnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Knowledge from an Azure Blob Storage container when <c>Bot:KnowledgeBlob</c> names one (connection string
    /// or container URL with a managed identity): loaded at start, polled by ETag, swapped in only when valid.
    /// </summary>
    public static IServiceCollection AddKnowledgeFromBlobStorage(this IServiceCollection services)
    {
        services.AddOptions<BlobKnowledgeOptions>()
            .BindConfiguration(BlobKnowledgeOptions.Section)
            .ValidateDataAnnotations()
            .Validate(
                o => string.IsNullOrWhiteSpace(o.ContainerUri) || Uri.TryCreate(o.ContainerUri, UriKind.Absolute, out _),
                "Bot:KnowledgeBlob:ContainerUri must be the container's full URL.")
            .ValidateOnStart();
        services.AddSingleton<BlobKnowledgeSource>();
        services.AddSingleton<BlobKnowledgeRefresher>();
        services.AddHostedService(provider => provider.GetRequiredService<BlobKnowledgeRefresher>());
        return services;
    }
}
