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

    /// <summary>
    /// The emergency numbers shown while the person's country is not known (knowledge/international.yaml): 112, which
    /// works in every EU country and in the UK, and 999 labelled as the UK's.
    /// </summary>
    public IReadOnlyList<Phone> UnknownCountryEmergency { get; init; } = [];

    /// <summary>Answers to professionals' questions (knowledge/answers.yaml), in file order; empty when the file is absent.</summary>
    public IReadOnlyList<Answer> Answers { get; init; } = [];

    /// <summary>The main answer for an understanding intent (the first in the file), or null.</summary>
    public Answer? AnswerFor(string intent)
    {
        foreach (var answer in Answers)
        {
            if (string.Equals(answer.Intent, intent, StringComparison.Ordinal))
            {
                return answer;
            }
        }

        return null;
    }

    /// <summary>A guidance resource by id, or null.</summary>
    public GuidanceResource? FindGuidance(string id) => Guidance.FirstOrDefault(g => string.Equals(g.Id, id, StringComparison.Ordinal));

    /// <summary>The shared European child helpline and where it is offered; null when the content names none.</summary>
    public RegionalChildHelpline? RegionalChildHelpline { get; init; }

    public Country? FindCountry(string? code)
        => code is not null && _countries.TryGetValue(code, out var country) ? country : null;

    public Hotline? FindHotline(string id) => _hotlines.GetValueOrDefault(id);

    /// <summary>
    /// The child line a child in this country is offered: its own <c>childHelpline</c>, else the shared European
    /// number when the country is one it covers, else none.
    /// </summary>
    public Hotline? ChildHelplineFor(Country country)
    {
        if (country.ChildHelplineId is { } own)
        {
            return FindHotline(own);
        }

        return RegionalChildHelpline is { } shared && shared.Countries.Contains(country.Code) ? FindHotline(shared.HotlineId) : null;
    }

    public IEnumerable<GuidanceResource> GuidanceFor(string topic)
        => Guidance.Where(g => g.Url is not null && g.Topics.Contains(topic, StringComparer.Ordinal));
}
