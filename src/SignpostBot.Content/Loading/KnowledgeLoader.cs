using SignpostBot.Dialogs.Content;
using SignpostBot.Knowledge.Model;
using SignpostBot.Knowledge.Phones;

namespace SignpostBot.Content.Loading;

/// <summary>
/// Loads <c>knowledge/</c> (countries.yaml, international.yaml, guidance.yaml), checks every field, every phone
/// number and every cross-reference, and reports all problems with their file and line.
/// </summary>
public static class KnowledgeLoader
{
    public const string CountriesFile = "countries.yaml";
    public const string InternationalFile = "international.yaml";
    public const string GuidanceFile = "guidance.yaml";

    /// <summary>Loads from a folder; throws <see cref="ContentLoadException"/> listing every error.</summary>
    public static KnowledgeBase Load(string directory)
    {
        var errors = new ContentErrors();
        var knowledge = Load(directory, errors);
        errors.ThrowIfAny();
        return knowledge!;
    }

    public static KnowledgeBase? Load(string directory, ContentErrors errors)
        => Load(name => ReadFile(directory, name, errors), errors);

    /// <summary>Loads from any source of file texts (a folder, a blob container, a test's strings).</summary>
    public static KnowledgeBase? Load(Func<string, (string Path, string? Text)> readFile, ContentErrors errors)
    {
        var countries = LoadCountries(readFile(CountriesFile), errors);
        var (international, unknownCountryEmergency, childHelpline) = LoadInternational(readFile(InternationalFile), errors);
        var guidance = LoadGuidance(readFile(GuidanceFile), errors);

        CheckUniqueIds(countries.SelectMany(c => c.Country.Hotlines.Select(h => (h.Id, c.File))).Concat(international.Select(h => (h.Id, h.File))), errors);
        if (errors.HasErrors)
        {
            return null;
        }

        return new KnowledgeBase(
            countries.Select(c => c.Country).ToList(),
            international.Select(h => h.Hotline).ToList(),
            guidance)
        {
            UnknownCountryEmergency = unknownCountryEmergency,
            RegionalChildHelpline = childHelpline,
        };
    }

    private static (string Path, string? Text) ReadFile(string directory, string name, ContentErrors errors)
    {
        var path = Path.Combine(directory, name);
        if (!File.Exists(path))
        {
            errors.Add(new ContentError(path, 1, 1, $"The file {name} is missing from {directory}."));
            return (path, null);
        }

        return (path, File.ReadAllText(path));
    }

    private sealed record LocatedCountry(Country Country, string File, YamlMap Map);

    private sealed record LocatedHotline(Hotline Hotline, string File, YamlMap Map)
    {
        public string Id => Hotline.Id;
    }

    private static List<LocatedCountry> LoadCountries((string Path, string? Text) file, ContentErrors errors)
    {
        var result = new List<LocatedCountry>();
        if (file.Text is null || YamlContentFile.Parse(file.Path, file.Text, errors) is not { } root)
        {
            return result;
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var map in root.Maps("countries", required: true))
        {
            var code = map.Text("code", required: true) ?? "??";
            if (!PhoneNumberChecker.IsKnownRegion(code))
            {
                errors.Add(map.File, map.NodeAt("code") ?? map.Node, $"'{code}' is not an ISO 3166 country code (the United Kingdom is GB).");
            }
            else if (!codes.Add(code))
            {
                errors.Add(map.File, map.Node, $"The country {code} is listed twice; merge the two entries.");
            }

            var hotlines = map.Maps("hotlines", required: true).Select(h => ReadHotline(h, code)).OfType<LocatedHotline>().ToList();
            var emergencyNode = map.NodeAt("emergency");
            var emergency = new List<Phone>();
            foreach (var number in map.Strings("emergency", required: true))
            {
                // Emergency numbers are short codes by nature; libphonenumber's emergency data is not complete for every country.
                var check = PhoneNumberChecker.Check(number, null, code, declaredShortCode: true);
                if (check.Phone is null)
                {
                    errors.Add(map.File, emergencyNode ?? map.Node, check.Problem!);
                    continue;
                }

                if (check.Warning is not null)
                {
                    errors.Add(map.File, emergencyNode ?? map.Node, check.Warning, ContentSeverity.Warning);
                }

                emergency.Add(check.Phone);
            }

            var childHelpline = map.Text("childHelpline");
            if (childHelpline is not null && !hotlines.Exists(h => h.Id == childHelpline))
            {
                errors.Add(map.File, map.NodeAt("childHelpline")!, $"childHelpline '{childHelpline}' is not one of {code}'s hotlines.");
            }

            var country = new Country
            {
                Code = code,
                Name = map.Text("name", required: true) ?? code,
                Aliases = map.Strings("aliases"),
                Emergency = emergency,
                EmergencyNote = map.Text("emergencyNote"),
                ChildHelplineId = childHelpline,
                Hotlines = hotlines.Select(h => h.Hotline).ToList(),
            };
            map.RejectUnknownKeys();
            result.Add(new LocatedCountry(country, map.File, map));
        }

        root.RejectUnknownKeys();
        return result;
    }

    private static (List<LocatedHotline> Hotlines, List<Phone> Emergency, RegionalChildHelpline? ChildHelpline) LoadInternational((string Path, string? Text) file, ContentErrors errors)
    {
        if (file.Text is null || YamlContentFile.Parse(file.Path, file.Text, errors) is not { } root)
        {
            return ([], [], null);
        }

        var hotlines = root.Maps("hotlines", required: true).Select(h => ReadHotline(h, region: null)).OfType<LocatedHotline>().ToList();
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
                errors.Add(child.File, child.NodeAt("countries")!, $"'{code}' is not an ISO 3166 country code.");
            }

            if (!hotlines.Exists(h => h.Id == id) && child.Has("hotline"))
            {
                errors.Add(child.File, child.NodeAt("hotline")!, $"childHelpline '{id}' is not one of the hotlines in this file.");
            }

            childHelpline = new RegionalChildHelpline(id, codes.ToHashSet(StringComparer.OrdinalIgnoreCase));
            child.RejectUnknownKeys();
        }

        root.RejectUnknownKeys();
        return (hotlines, emergency, childHelpline);
    }

    /// <summary>One phone of a <c>phones:</c> list, checked with libphonenumber; errors and warnings go to its line.</summary>
    private static Phone? ReadPhone(YamlMap phoneMap, string? region, bool declaredShortCode = false)
    {
        var number = phoneMap.Text("number", required: true);
        var label = phoneMap.Text("label");
        declaredShortCode |= phoneMap.Flag("shortCode") ?? false;
        phoneMap.RejectUnknownKeys();
        if (number is null)
        {
            return null;
        }

        var check = PhoneNumberChecker.Check(number, label, region, declaredShortCode);
        if (check.Phone is null)
        {
            phoneMap.Errors.Add(phoneMap.File, phoneMap.NodeAt("number")!, check.Problem!);
            return null;
        }

        if (check.Warning is not null)
        {
            phoneMap.Errors.Add(phoneMap.File, phoneMap.NodeAt("number")!, check.Warning, ContentSeverity.Warning);
        }

        return check.Phone;
    }

    private static LocatedHotline? ReadHotline(YamlMap map, string? region)
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
            errors.Add(map.File, map.NodeAt("for")!, $"'{who}' is not an audience; use {string.Join(", ", Audience.All)}.");
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
            errors.Add(map.File, map.Node, $"Hotline '{id}' has no phone number, email or web address: people need a way to reach it.");
        }

        if (region is not null && id is not null && !id.StartsWith(region.ToLowerInvariant() + "-", StringComparison.Ordinal))
        {
            errors.Add(map.File, map.NodeAt("id")!, $"Hotline id '{id}' should start with '{region.ToLowerInvariant()}-' (its country code).");
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
        };
        map.RejectUnknownKeys();
        return id is null ? null : new LocatedHotline(hotline, map.File, map);
    }

    private static string ReadStatus(YamlMap map)
    {
        var status = map.Text("status", required: true) ?? FactStatus.Seed;
        if (!FactStatus.All.Contains(status))
        {
            map.Errors.Add(map.File, map.NodeAt("status")!, $"'{status}' is not a status; use {string.Join(", ", FactStatus.All)}.");
        }

        return status;
    }

    private static List<GuidanceResource> LoadGuidance((string Path, string? Text) file, ContentErrors errors)
    {
        var result = new List<GuidanceResource>();
        if (file.Text is null || YamlContentFile.Parse(file.Path, file.Text, errors) is not { } root)
        {
            return result;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var map in root.Maps("resources", required: true))
        {
            var id = map.Text("id", required: true) ?? string.Empty;
            if (!ids.Add(id))
            {
                errors.Add(map.File, map.NodeAt("id")!, $"The id '{id}' is used twice; ids must be unique.");
            }

            var topics = map.Strings("topics", required: true);
            foreach (var topic in topics.Where(t => !GuidanceTopics.All.Contains(t)))
            {
                errors.Add(map.File, map.NodeAt("topics")!, $"'{topic}' is not a topic; use {string.Join(", ", GuidanceTopics.All)}.");
            }

            var audience = map.Strings("audience", required: true);
            foreach (var who in audience.Where(a => !Audience.All.Contains(a)))
            {
                errors.Add(map.File, map.NodeAt("audience")!, $"'{who}' is not an audience; use {string.Join(", ", Audience.All)}.");
            }

            if (!map.Has("url"))
            {
                errors.Add(map.File, map.Node, $"Guidance '{id}' has no 'url', so the bot cannot show it; add the address once it is checked.", ContentSeverity.Warning);
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
            };
            map.RejectUnknownKeys();
            result.Add(resource);
        }

        root.RejectUnknownKeys();
        return result;
    }

    private static void CheckUniqueIds(IEnumerable<(string Id, string File)> ids, ContentErrors errors)
    {
        foreach (var group in ids.GroupBy(i => i.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First();
            errors.Add(new ContentError(first.File, 1, 1, $"The hotline id '{group.Key}' is used {group.Count()} times; ids must be unique."));
        }
    }
}
