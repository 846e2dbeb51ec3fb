using SignpostBot.Content.Pipeline;
using SignpostBot.Testing;

namespace SignpostBot.Content.Tests.Loading;

/// <summary>A throw-away knowledge folder made from small, hand-written files.</summary>
internal sealed class KnowledgeFixture : IDisposable
{
    public const string Countries = """
        version: 1
        countries:
          - code: GB
            name: United Kingdom
            aliases: [UK]
            emergency: ["999", "112"]
            childHelpline: gb-childline
            hotlines:
              - id: gb-helpline
                name: Modern Slavery Helpline
                summary: Help for anyone.
                phones:
                  - number: "08000 121 700"
                for: [victim, public]
                status: confirmed
                source: https://www.modernslaveryhelpline.org
                verified: 2026-11-29
              - id: gb-childline
                name: Childline
                summary: For children.
                phones:
                  - number: "0800 1111"
                for: [child]
                status: confirmed
                source: https://www.childline.org.uk
                verified: 2026-11-29
            in: in the United Kingdom
        """;

    public const string International = """
        version: 1
        hotlines:
          - id: intl-112
            name: Emergency
            summary: Emergency number.
            phones:
              - number: "112"
            for: [victim]
            status: confirmed
            source: https://europa.eu
            verified: 2026-11-29
        """;

    public const string Guidance = """
        version: 1
        resources:
          - id: statutory
            title: Statutory guidance
            publisher: GOV.UK
            summary: The rules.
            url: https://www.gov.uk/guidance
            audience: [professional]
            topics: [child]
            status: confirmed
            source: https://www.gov.uk
            verified: 2026-11-29
        """;

    public KnowledgeFixture(string? countries = null, string? international = null, string? guidance = null)
    {
        Directory = Path.Combine(Path.GetTempPath(), "signpost-knowledge-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Write("countries.yaml", countries ?? Countries);
        Write("international.yaml", international ?? International);
        Write("guidance.yaml", guidance ?? Guidance);
        // The sources the entries above are 'confirmed' by count as official.
        Write("official-sites.yaml", "version: 1\nsites:\n  - { domain: modernslaveryhelpline.org }\n  - { domain: childline.org.uk }\n  - { domain: europa.eu }\n");
    }

    public string Directory { get; }

    public void Write(string name, string text) => File.WriteAllText(Path.Combine(Directory, name), text);

    public void Delete(string name) => File.Delete(Path.Combine(Directory, name));

    /// <summary>
    /// The folder through the pipeline's knowledge stage. The schema pass is left out by default: these small files
    /// leave out what only real content needs (the international emergency numbers).
    /// </summary>
    public ValidationResult Load(ValidateOptions? options = null)
        => ContentPipeline.LoadKnowledge(ContentFolder.Physical(Directory) with { Schemas = ContentFolder.Physical(RepositoryPaths.Knowledge).Files }, options ?? new ValidateOptions { CheckSchemas = false });

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
