using System.Collections.Frozen;

namespace SignpostBot.Knowledge.Model;

/// <summary>Everything the bot knows, loaded and checked once, then read without locks by every turn.</summary>
public sealed class KnowledgeBase
{
    private readonly FrozenDictionary<string, Country> _countries;
    private readonly FrozenDictionary<string, Hotline> _hotlines;

    public KnowledgeBase(IReadOnlyList<Country> countries, IReadOnlyList<Hotline> international, IReadOnlyList<GuidanceResource> guidance)
    {
        Countries = countries;
        International = international;
        Guidance = guidance;
        _countries = countries.ToFrozenDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        _hotlines = countries.SelectMany(c => c.Hotlines).Concat(international)
            .DistinctBy(h => h.Id, StringComparer.Ordinal)
            .ToFrozenDictionary(h => h.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<Country> Countries { get; }
    public IReadOnlyList<Hotline> International { get; }
    public IReadOnlyList<GuidanceResource> Guidance { get; }

    public Country? FindCountry(string? code)
        => code is not null && _countries.TryGetValue(code, out var country) ? country : null;

    public Hotline? FindHotline(string id) => _hotlines.GetValueOrDefault(id);

    public IEnumerable<GuidanceResource> GuidanceFor(string topic)
        => Guidance.Where(g => g.Url is not null && g.Topics.Contains(topic, StringComparer.Ordinal));
}
