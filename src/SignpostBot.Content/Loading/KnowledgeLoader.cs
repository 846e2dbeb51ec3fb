using SignpostBot.Content.Pipeline;
using SignpostBot.Knowledge.Model;
using SignpostBot.Knowledge.Phones;

namespace SignpostBot.Content.Loading;

/// <summary>
/// Loads <c>knowledge/</c> (countries.yaml, international.yaml, guidance.yaml), checks every field, every phone
/// number and every cross-reference, and reports all problems with their file and line.
/// </summary>
public static class KnowledgeLoader
{
    public static readonly string CountriesFile = ContentFileKinds.Countries.FileName!;
    public static readonly string InternationalFile = ContentFileKinds.International.FileName!;
    public static readonly string GuidanceFile = ContentFileKinds.Guidance.FileName!;

    /// <summary>
    /// Builds the knowledge from its parsed files (a file that is missing or could not be parsed is null; that has
    /// been reported already). The entries are kept even when some have errors, for the cross-file checks.
    /// </summary>
    public static LoadedKnowledge Build(IReadOnlyDictionary<ContentFileKind, ContentDocument?> files, ContentErrors errors)
    {
        var countries = LoadCountries(files.GetValueOrDefault(ContentFileKinds.Countries), errors);
        var (international, unknownCountryEmergency, childHelpline) = LoadInternational(files.GetValueOrDefault(ContentFileKinds.International), errors);
        var guidance = LoadGuidance(files.GetValueOrDefault(ContentFileKinds.Guidance), errors);
        var answers = LoadAnswers(files.GetValueOrDefault(ContentFileKinds.Answers), errors);

        CheckUniqueIds("hotline", countries.SelectMany(c => c.Hotlines).Concat(international).Select(h => (h.Id, h.Location)), errors);
        CheckUniqueIds("guidance", guidance.Select(g => (g.Id, g.Location)), errors);
        CheckUniqueIds("answer", answers.Select(a => (a.Id, (SourceLocation?)a.Location)), errors);
        CheckAnswerReferences(answers, countries.SelectMany(c => c.Hotlines).Concat(international), guidance, errors);
        var knowledge = errors.HasErrors ? null : new KnowledgeBase(countries, international, guidance)
        {
            UnknownCountryEmergency = unknownCountryEmergency,
            RegionalChildHelpline = childHelpline,
            Answers = answers,
        };
        return new LoadedKnowledge(countries, international, guidance, knowledge);
    }

    private static List<Country> LoadCountries(ContentDocument? file, ContentErrors errors)
    {
        var result = new List<Country>();
        if (file is null || YamlContentFile.Root(file, errors) is not { } root)
        {
            return result;
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var map in root.Maps("countries", required: true))
        {
            var code = map.Text("code", required: true) ?? "??";
            if (!PhoneNumberChecker.IsKnownRegion(code))
            {
                errors.Add(map.File, map.ValueAt("code"), $"'{code}' is not an ISO 3166 country code (the United Kingdom is GB).");
            }
            else if (!codes.Add(code))
            {
                errors.Add(map.File, map.Start, $"The country {code} is listed twice; merge the two entries.");
            }

            var hotlines = map.Maps("hotlines", required: true).Select(h => ReadHotline(h, code)).OfType<Hotline>().ToList();
            var emergency = new List<Phone>();
            foreach (var number in map.Strings("emergency", required: true))
            {
                // Emergency numbers are short codes by nature; libphonenumber's emergency data is not complete for every country.
                if (CheckPhone(map, "emergency", number, null, code, declaredShortCode: true) is { } phone)
                {
                    emergency.Add(phone);
                }
            }

            var childHelpline = map.Text("childHelpline");
            if (childHelpline is not null && !hotlines.Exists(h => h.Id == childHelpline))
            {
                errors.Add(map.File, map.ValueAt("childHelpline"), $"childHelpline '{childHelpline}' is not one of {code}'s hotlines.");
            }

            var country = new Country
            {
                Code = code,
                Name = map.Text("name", required: true) ?? code,
                In = InPhrase(map, code),
                Aliases = map.Strings("aliases"),
                Emergency = emergency,
                EmergencyNote = map.Text("emergencyNote"),
                ChildHelplineId = childHelpline,
                Hotlines = hotlines,
                Location = map.Location,
            };
            map.RejectUnknownKeys();
            result.Add(country);
        }

        root.RejectUnknownKeys();
        return result;
    }

    /// <summary>
    /// The country's <c>in</c> phrase ("in the United Kingdom"): it must name the country (its name or an alias), so a
    /// phrase copied from another country is caught; without one, "in" and the name.
    /// </summary>
    private static string InPhrase(ContentMap map, string code)
    {
        var name = map.Text("name", required: true) ?? code;
        if (map.Text("in", required: true) is not { } phrase)
        {
            return "in " + name;
        }

        if (!map.Strings("aliases").Prepend(name).Any(n => phrase.Contains(n, StringComparison.Ordinal)))
        {
            map.Errors.Add(map.File, map.ValueAt("in"), $"'in' should say where help is with the country's own name ('in the {name}' or 'in {name}'), not '{phrase}'.");
        }

        return phrase;
    }

    private static (List<Hotline> Hotlines, List<Phone> Emergency, RegionalChildHelpline? ChildHelpline) LoadInternational(ContentDocument? file, ContentErrors errors)
    {
        if (file is null || YamlContentFile.Root(file, errors) is not { } root)
        {
            return ([], [], null);
        }

        var hotlines = root.Maps("hotlines", required: true).Select(h => ReadHotline(h, region: null)).OfType<Hotline>().ToList();
        var emergency = new List<Phone>();
        // Optional here so a hand-made test file may leave it out; the prover requires it of real content.
        foreach (var phoneMap in root.Maps("emergency"))
        {
            if (ReadPhone(phoneMap, region: null, declaredShortCode: true) is { } phone)
            {
                emergency.Add(phone);
            }
        }

        RegionalChildHelpline? childHelpline = null;
        if (root.Map("childHelpline") is { } child)
        {
            var id = child.Text("hotline", required: true) ?? string.Empty;
            var codes = child.Strings("countries", required: true);
            foreach (var code in codes.Where(c => !PhoneNumberChecker.IsKnownRegion(c)))
            {
                errors.Add(child.File, child.ValueAt("countries"), $"'{code}' is not an ISO 3166 country code.");
            }

            if (!hotlines.Exists(h => h.Id == id) && child.Has("hotline"))
            {
                errors.Add(child.File, child.ValueAt("hotline"), $"childHelpline '{id}' is not one of the hotlines in this file.");
            }

            childHelpline = new RegionalChildHelpline(id, codes.ToHashSet(StringComparer.OrdinalIgnoreCase));
            child.RejectUnknownKeys();
        }

        root.RejectUnknownKeys();
        return (hotlines, emergency, childHelpline);
    }

    /// <summary>One phone of a <c>phones:</c> list, checked with libphonenumber; errors and warnings go to its line.</summary>
    private static Phone? ReadPhone(ContentMap phoneMap, string? region, bool declaredShortCode = false)
    {
        var number = phoneMap.Text("number", required: true);
        var label = phoneMap.Text("label");
        declaredShortCode |= phoneMap.Flag("shortCode") ?? false;
        phoneMap.RejectUnknownKeys();
        return number is null ? null : CheckPhone(phoneMap, "number", number, label, region, declaredShortCode);
    }

    private static Hotline? ReadHotline(ContentMap map, string? region)
    {
        var errors = map.Errors;
        var id = map.Text("id", required: true);
        var phones = new List<Phone>();
        var phoneMaps = map.Maps("phones", required: true);
        foreach (var phoneMap in phoneMaps)
        {
            if (ReadPhone(phoneMap, region) is { } phone)
            {
                phones.Add(phone);
            }
        }

        var audience = map.Strings("for", required: true);
        foreach (var who in audience.Where(a => !Audience.All.Contains(a)))
        {
            errors.Add(map.File, map.ValueAt("for"), $"'{who}' is not an audience; use {string.Join(", ", Audience.All)}.");
        }

        var status = ReadStatus(map);
        SeedRecord? seed = null;
        if (map.Map("seed") is { } seedMap)
        {
            seed = new SeedRecord(seedMap.Text("text", required: true) ?? string.Empty, seedMap.Text("note"));
            seedMap.RejectUnknownKeys();
        }

        var email = map.Text("email");
        var url = map.Url("url");
        if (phoneMaps.Count == 0 && email is null && url is null && map.Has("phones"))
        {
            errors.Add(map.File, map.Start, $"Hotline '{id}' has no phone number, email or web address: people need a way to reach it.");
        }

        if (region is not null && id is not null && !id.StartsWith(region.ToLowerInvariant() + "-", StringComparison.Ordinal))
        {
            errors.Add(map.File, map.ValueAt("id"), $"Hotline id '{id}' should start with '{region.ToLowerInvariant()}-' (its country code).");
        }

        var hotline = new Hotline
        {
            Id = id ?? string.Empty,
            Name = map.Text("name", required: true) ?? string.Empty,
            Organisation = map.Text("organisation"),
            Summary = map.Text("summary", required: true) ?? string.Empty,
            Phones = phones,
            Email = email,
            Url = url,
            Languages = map.Strings("languages"),
            Hours = map.Text("hours"),
            Free = map.Flag("free"),
            Anonymous = map.Flag("anonymous"),
            For = audience,
            Status = status,
            Source = map.Text("source", required: true) ?? string.Empty,
            Verified = map.Date("verified"),
            Seed = seed,
            CountryCode = region,
            Location = map.LocationOf("id"),
            VerifiedLocation = map.LocationOf("verified"),
        };
        map.RejectUnknownKeys();
        return id is null ? null : hotline;
    }

    /// <summary>Checks a number with libphonenumber; its problem (an error) or doubt (a warning) is reported at the field.</summary>
    private static Phone? CheckPhone(ContentMap map, string key, string number, string? label, string? region, bool declaredShortCode)
    {
        var check = PhoneNumberChecker.Check(number, label, region, declaredShortCode);
        if (check.Phone is null)
        {
            map.Errors.Add(map.File, map.ValueAt(key), check.Problem!);
            return null;
        }

        if (check.Warning is not null)
        {
            map.Errors.Add(map.File, map.ValueAt(key), check.Warning, ContentSeverity.Warning);
        }

        return check.Phone;
    }

    private static string ReadStatus(ContentMap map)
    {
        var status = map.Text("status", required: true) ?? FactStatus.Seed;
        if (!FactStatus.All.Contains(status))
        {
            map.Errors.Add(map.File, map.ValueAt("status"), $"'{status}' is not a status; use {string.Join(", ", FactStatus.All)}.");
        }

        return status;
    }

    private static List<GuidanceResource> LoadGuidance(ContentDocument? file, ContentErrors errors)
    {
        var result = new List<GuidanceResource>();
        if (file is null || YamlContentFile.Root(file, errors) is not { } root)
        {
            return result;
        }

        foreach (var map in root.Maps("resources", required: true))
        {
            var id = map.Text("id", required: true) ?? string.Empty;

            var topics = map.Strings("topics", required: true);
            foreach (var topic in topics.Where(t => !GuidanceTopics.All.Contains(t)))
            {
                errors.Add(map.File, map.ValueAt("topics"), $"'{topic}' is not a topic; use {string.Join(", ", GuidanceTopics.All)}.");
            }

            var audience = map.Strings("audience", required: true);
            foreach (var who in audience.Where(a => !Audience.All.Contains(a)))
            {
                errors.Add(map.File, map.ValueAt("audience"), $"'{who}' is not an audience; use {string.Join(", ", Audience.All)}.");
            }

            if (!map.Has("url"))
            {
                errors.Add(map.File, map.Start, $"Guidance '{id}' has no 'url', so the bot cannot show it; add the address once it is checked.", ContentSeverity.Warning);
            }

            var resource = new GuidanceResource
            {
                Id = id,
                Title = map.Text("title", required: true) ?? string.Empty,
                Publisher = map.Text("publisher", required: true) ?? string.Empty,
                Summary = map.Text("summary", required: true) ?? string.Empty,
                Url = map.Url("url"),
                Audience = audience,
                Topics = topics,
                Year = map.WholeNumber("year"),
                Status = ReadStatus(map),
                Source = map.Text("source", required: true) ?? string.Empty,
                Verified = map.Date("verified"),
                FromSeed = map.Flag("seed") ?? false,
                Note = map.Text("note"),
                Location = map.LocationOf("id"),
                VerifiedLocation = map.LocationOf("verified"),
            };
            map.RejectUnknownKeys();
            result.Add(resource);
        }

        root.RejectUnknownKeys();
        return result;
    }

    private static List<Answer> LoadAnswers(ContentDocument? file, ContentErrors errors)
    {
        var result = new List<Answer>();
        if (file is null || YamlContentFile.Root(file, errors) is not { } root)
        {
            return result;
        }

        foreach (var map in root.Maps("answers", required: true))
        {
            var sources = new List<Uri>();
            foreach (var source in map.Strings("sources", required: true))
            {
                if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
                {
                    sources.Add(uri);
                }
                else
                {
                    errors.Add(map.File, map.ValueAt("sources"), $"'{source}' is not an https address; every source must be one.");
                }
            }

            result.Add(new Answer(
                map.Text("id", required: true) ?? string.Empty,
                map.Text("intent", required: true) ?? string.Empty,
                map.Text("question", required: true) ?? string.Empty,
                map.Text("answer", required: true) ?? string.Empty,
                sources,
                map.Strings("guidance"),
                map.Strings("hotlines"),
                map.LocationOf("id")));
            _ = map.Text("note"); // for reviewers only
            map.RejectUnknownKeys();
        }

        root.RejectUnknownKeys();
        return result;
    }

    /// <summary>Every hotline and guidance id an answer names exists, so an answer never shows nothing to call or read.</summary>
    private static void CheckAnswerReferences(List<Answer> answers, IEnumerable<Hotline> hotlines, List<GuidanceResource> guidance, ContentErrors errors)
    {
        var hotlineIds = hotlines.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        var guidanceIds = guidance.Where(g => g.Url is not null).Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            foreach (var id in answer.Hotlines.Where(id => !hotlineIds.Contains(id)))
            {
                errors.Add(new ContentError(answer.Location.File, answer.Location.Line, answer.Location.Column, $"Answer '{answer.Id}' names the hotline '{id}', which knowledge/ does not have."));
            }

            foreach (var id in answer.Guidance.Where(id => !guidanceIds.Contains(id)))
            {
                errors.Add(new ContentError(answer.Location.File, answer.Location.Line, answer.Location.Column, $"Answer '{answer.Id}' names the guidance '{id}', which guidance.yaml does not have with a 'url'."));
            }

            if (answer.Hotlines.Count == 0)
            {
                errors.Add(new ContentError(answer.Location.File, answer.Location.Line, answer.Location.Column, $"Answer '{answer.Id}' names no hotline: every answer must end with someone to call."));
            }
        }
    }

    /// <summary>Ids used twice (dialogs/ refer to entries by id), each later use reported at its own line.</summary>
    private static void CheckUniqueIds(string kind, IEnumerable<(string Id, SourceLocation? Location)> entries, ContentErrors errors)
    {
        foreach (var group in entries.Where(e => e.Id.Length > 0).GroupBy(e => e.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First().Location;
            foreach (var (id, at) in group.Skip(1))
            {
                errors.Add(new ContentError(at?.File ?? string.Empty, at?.Line ?? 1, at?.Column ?? 1,
                    $"The {kind} id '{id}' is already used at {Path.GetFileName(first?.File)} line {first?.Line}. "
                    + "Ids must be unique: merge the two entries, or give this one a new id (and use it in dialogs/)."));
            }
        }
    }
}

/// <summary>
/// The entries read from knowledge/, kept even when some have errors (the cross-file checks still look at them),
/// and the <see cref="KnowledgeBase"/> the bot serves when none has.
/// </summary>
public sealed record LoadedKnowledge(IReadOnlyList<Country> Countries, IReadOnlyList<Hotline> International, IReadOnlyList<GuidanceResource> Guidance, KnowledgeBase? Knowledge)
{
    public IEnumerable<Hotline> Hotlines => Countries.SelectMany(c => c.Hotlines).Concat(International);
}
