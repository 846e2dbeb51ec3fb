using System.Text.Json.Nodes;
using SignpostBot.Content.Analysis;
using SignpostBot.Content.Loading;
using SignpostBot.Testing;

namespace SignpostBot.Content.Tests.Understanding;

/// <summary>
/// The labelled evaluation set in tests/understanding keeps the promises its README makes, so the thresholds the
/// evaluate tool reports are measured on enough messages, in every language, with every intent.
/// </summary>
public sealed class EvaluationSetTests
{
    private static readonly string[] Languages = ["sq", "ar", "ti", "vi", "ro", "pl", "fa", "uk", "ru", "bg", "es", "pt"];

    /// <summary>The examples written into the issue; they are conversation tests too, so they must stay here word for word.</summary>
    private static readonly string[] IssueExamples =
    [
        "im 13 my step dad sells me to his friends for money",
        "he beat me agen n took my fone, i do all the cleening for his famly n they dont pay me",
        "i was trafiked here and they make me work for nothing",
        "I'm in Birmingham and my boss keeps my passport",
        "Poland",
        "whats the number for the slavery helpline",
        "I think my cousin is being made to work on a farm for no money",
        "is this chat saved? will it go to the police or immigration?",
        "I can't do this anymore, I want to end it all",
        "who can make an NRM referral?",
        "im 15 who can i talk to",
        "please don't hurt me",
        "don't kill me",
        "what is the duty to notify",
        "does a child have to consent to an NRM referral",
        "Nu mă lasă să plec de aici",
        "Tôi bị giữ hộ chiếu",
    ];

    [Fact]
    public void EvaluationSet_MatchesItsSchemaAndKeepsItsPromises()
    {
        var errors = new ContentErrors();
        var messages = new List<(string Language, JsonObject Message)>();
        foreach (var path in Directory.GetFiles(RepositoryPaths.Understanding, "*.yaml").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(path);
            var schema = SchemaCheck.SchemaPath(path, text);
            Assert.True(schema is not null && File.Exists(schema), $"{path} should name schemas/understanding.schema.json in its first line.");
            SchemaCheck.CheckFile(path, text, schema, errors);
            var root = ContentDocument.Parse(path, text, errors) is { } document ? JsonObject.Create(document.Root) : null;
            Assert.NotNull(root);
            var language = (string)root["language"]!;
            messages.AddRange(root["messages"]!.AsArray().Select(m => (language, m!.AsObject())));
        }

        Assert.True(errors.All.Count == 0, string.Join("\n", errors.All.Select(e => $"{e.File}({e.Line},{e.Column}): {e.Message}")));

        static bool Flag(JsonObject m, string name) => m[name] is JsonValue v && v.GetValue<bool>();
        var problems = new List<string>();
        void Expect(bool holds, string promise)
        {
            if (!holds)
            {
                problems.Add(promise);
            }
        }

        Expect(messages.Count >= 700, $"at least 700 messages in all (has {messages.Count})");
        Expect(messages.Count(m => m.Language == "en") >= 400, $"at least 400 English messages (has {messages.Count(m => m.Language == "en")})");
        foreach (var language in Languages)
        {
            var count = messages.Count(m => m.Language == language);
            Expect(count >= 25, $"at least 25 messages in {language} (has {count})");
        }

        var misspelt = messages.Count(m => Flag(m.Message, "misspelt"));
        Expect(misspelt * 10 >= messages.Count, $"at least a tenth marked misspelt ({misspelt} of {messages.Count})");
        var innocent = messages.Count(m => Flag(m.Message, "innocent"));
        Expect(innocent >= 60, $"at least 60 innocent messages (has {innocent})");

        // Danger and thoughts of suicide must be seen in any language, so every language has them, and disclosures.
        foreach (var language in Languages.Append("en"))
        {
            var own = messages.Where(m => m.Language == language).Select(m => m.Message).ToList();
            Expect(own.Any(m => Flag(m, "danger")), $"a danger message in {language}");
            Expect(own.Any(m => Flag(m, "selfHarm")), $"a self-harm message in {language}");
            Expect(own.Any(m => ((string)m["intent"]!).StartsWith("disclosure.", StringComparison.Ordinal)), $"a disclosure in {language}");
            Expect(own.Any(m => Flag(m, "innocent")), $"an innocent message in {language}");
        }

        var intents = messages.Select(m => (string)m.Message["intent"]!).ToHashSet(StringComparer.Ordinal);
        var inventory = SchemaIntents();
        Expect(inventory.Count >= 31, $"the schema lists the whole intent inventory (lists {inventory.Count})");
        foreach (var intent in inventory.Where(i => !intents.Contains(i)))
        {
            problems.Add($"at least one message with intent {intent}");
        }

        foreach (var role in new[] { "victim", "public", "professional" })
        {
            var count = messages.Count(m => (string)m.Message["role"]! == role);
            Expect(count >= 60, $"at least 60 messages with role {role} (has {count})");
        }

        var texts = messages.Select(m => (string)m.Message["text"]!).ToList();
        foreach (var duplicate in texts.GroupBy(t => t, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"each message once: \"{duplicate.Key}\" appears {duplicate.Count()} times");
        }

        foreach (var example in IssueExamples.Where(e => !texts.Contains(e, StringComparer.Ordinal)))
        {
            problems.Add($"the issue's example \"{example}\" word for word");
        }

        Assert.True(problems.Count == 0, "The evaluation set should have:\n" + string.Join("\n", problems));
    }

    private static HashSet<string> SchemaIntents()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Understanding, "schemas", "understanding.schema.json")))!;
        return schema["$defs"]!["message"]!["properties"]!["intent"]!["enum"]!.AsArray().Select(n => (string)n!).ToHashSet(StringComparer.Ordinal);
    }
}
