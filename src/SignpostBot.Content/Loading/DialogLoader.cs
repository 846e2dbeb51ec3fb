using System.Globalization;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Recognizers;
using SignpostBot.Knowledge.Model;
using SignpostBot.Content.Pipeline;

namespace SignpostBot.Content.Loading;

/// <summary>
/// Loads <c>dialogs/</c>: <c>global.yaml</c> plus one waterfall dialog per other <c>*.yaml</c> file. Checks each
/// file's fields and every reference (dialogs, slots, hotlines, guidance) and reports all errors with their lines.
/// </summary>
public static class DialogLoader
{
    public static readonly string GlobalFile = ContentFileKinds.Global.FileName!;

    private static readonly string[] StepKinds = ["say", "choice", "confirm", "country", "begin", "signpost"];

    private static readonly Dictionary<string, SlotName> SlotNames = new(StringComparer.Ordinal)
    {
        ["role"] = SlotName.Role,
        ["topic"] = SlotName.Topic,
        ["inDanger"] = SlotName.InDanger,
        ["aboutChild"] = SlotName.AboutChild,
        ["country"] = SlotName.Country,
    };

    /// <summary>
    /// Builds the dialogs from their parsed files (<see cref="ContentFileKinds.Global"/> holds the settings, each
    /// <see cref="ContentFileKinds.Dialog"/> one waterfall) against the loaded knowledge; null when anything is wrong.
    /// </summary>
    public static DialogSet? Build(IEnumerable<(ContentFileKind Kind, ContentDocument Document)> files, KnowledgeBase knowledge, ContentErrors errors)
    {
        GlobalSettings? global = null;
        var globalPath = GlobalFile;
        var dialogs = new List<DialogDefinition>();
        foreach (var (kind, document) in files)
        {
            if (YamlContentFile.Root(document, errors) is not { } root)
            {
                continue;
            }

            if (kind == ContentFileKinds.Global)
            {
                globalPath = document.File;
                global = ReadGlobal(root, knowledge);
            }
            else if (kind == ContentFileKinds.Dialog && ReadDialog(root, knowledge) is { } dialog)
            {
                dialogs.Add(dialog);
            }
        }

        if (global is null)
        {
            if (!errors.HasErrors)
            {
                errors.Add(new ContentError(globalPath, 1, 1, $"{GlobalFile} is missing: it names the start dialog, the interruptions and the fail-safe signpost."));
            }

            return null;
        }

        CrossCheck(dialogs, global, globalPath, errors);
        return errors.HasErrors ? null : new DialogSet(dialogs, global, knowledge);
    }

    private static GlobalSettings ReadGlobal(ContentMap root, KnowledgeBase knowledge)
    {
        var interruptions = root.Map("interruptions", required: true);
        var labels = root.Map("labels", required: true);
        var failSafe = root.Map("failSafe", required: true);
        var global = new GlobalSettings
        {
            StartDialog = root.Text("start", required: true) ?? string.Empty,
            MaxAttempts = root.WholeNumber("maxAttempts") ?? 2,
            Danger = ReadInterruption(interruptions, "danger", knowledge, phrased: false),
            Suicide = ReadInterruption(interruptions, "suicide", knowledge, phrased: false),
            Help = ReadInterruption(interruptions, "help", knowledge),
            StartOver = ReadInterruption(interruptions, "startOver", knowledge),
            Stop = ReadInterruption(interruptions, "stop", knowledge),
            NotText = root.Text("notText", required: true) ?? string.Empty,
            GaveUpText = root.Text("gaveUp", required: true) ?? string.Empty,
            FailSafe = failSafe is null ? new Signpost() : ReadSignpost(failSafe, knowledge),
            Channels = ReadChannels(root),
            FirstMessage = ReadFirstMessage(root, knowledge),
            LanguageMenu = root.Map("languageMenu") is { } menu
                ? new LanguageMenu(menu.Text("button", required: true) ?? string.Empty, menu.Strings("phrases"), menu.Text("text", required: true) ?? string.Empty)
                : null,
            OtherLanguage = root.Map("otherLanguage") is { } other
                ? new Interruption([], other.Text("text", required: true) ?? string.Empty) { Signpost = other.Map("signpost", required: true) is { } help ? ReadSignpost(help, knowledge) : null }
                : null,
            Labels = new Labels
            {
                Emergency = labels?.Text("emergency", required: true) ?? string.Empty,
                Or = labels?.Text("or", required: true) ?? string.Empty,
                Call = labels?.Text("call", required: true) ?? string.Empty,
                Website = labels?.Text("website", required: true) ?? string.Empty,
                Email = labels?.Text("email", required: true) ?? string.Empty,
                Hours = labels?.Text("hours", required: true) ?? string.Empty,
                Languages = labels?.Text("languages", required: true) ?? string.Empty,
                Free = labels?.Text("free", required: true) ?? string.Empty,
                Anonymous = labels?.Text("anonymous", required: true) ?? string.Empty,
                Guidance = labels?.Text("guidance", required: true) ?? string.Empty,
                CountryOnly = labels?.Text("countryOnly", required: true) ?? string.Empty,
            },
        };
        if (global.MaxAttempts is < 1 or > 5)
        {
            root.Errors.Add(root.File, root.ValueAt("maxAttempts"), "maxAttempts should be between 1 and 5.");
        }

        if (failSafe is not null && !global.FailSafe.Emergency)
        {
            root.Errors.Add(root.File, failSafe.Start, "The fail-safe signpost must show the emergency number: set 'emergency: yes'.");
        }

        interruptions?.RejectUnknownKeys();
        labels?.RejectUnknownKeys();
        root.RejectUnknownKeys();
        return global;
    }

    /// <summary><c>firstMessage</c>: the help a first message in the person's own words gets, by what it was understood to be.</summary>
    private static FirstMessageSettings ReadFirstMessage(ContentMap root, KnowledgeBase knowledge)
    {
        if (root.Map("firstMessage") is not { } map)
        {
            return FirstMessageSettings.None;
        }

        var minScore = 0.35f;
        if (map.Text("minScore") is { } score)
        {
            if (float.TryParse(score, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 0 and <= 1)
            {
                minScore = parsed;
            }
            else
            {
                map.Errors.Add(map.File, map.ValueAt("minScore"), $"'minScore' should be a number from 0 to 1, not '{score}'.");
            }
        }

        var replies = new List<FirstMessageReply>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reply in map.Maps("replies", required: true))
        {
            var id = reply.Text("id", required: true) ?? string.Empty;
            if (!ids.Add(id))
            {
                reply.Errors.Add(reply.File, reply.ValueAt("id"), $"The first-message reply '{id}' is already listed: ids must be unique.");
            }

            var role = reply.Text("role");
            var signpost = reply.Map("signpost") is { } shown ? ReadSignpost(shown, knowledge) : null;
            var say = reply.Text("say");
            var answer = reply.Flag("answer") ?? false;
            if (say is null && signpost is null && !answer && role is null)
            {
                reply.Errors.Add(reply.File, reply.Start, $"The first-message reply '{id}' does nothing: give it a 'say', a 'signpost', 'answer: yes' or a 'role'.");
            }

            replies.Add(new FirstMessageReply(
                id,
                reply.Strings("intents"),
                reply.Strings("roles"),
                reply.Flag("under18"),
                reply.Flag("country"),
                role,
                say,
                ReadChannelTexts(reply),
                answer,
                signpost,
                reply.LocationOf("id")));
            reply.RejectUnknownKeys();
        }

        map.RejectUnknownKeys();
        return new FirstMessageSettings(minScore, replies);
    }

    private static Dictionary<string, ChannelSettings> ReadChannels(ContentMap root)
    {
        var channels = new Dictionary<string, ChannelSettings>(StringComparer.Ordinal);
        if (root.Map("channels") is not { } map)
        {
            return channels;
        }

        foreach (var (channelId, _) in map.Keys)
        {
            if (map.Map(channelId, required: true) is not { } channel)
            {
                continue;
            }

            var assume = new List<(SlotName, string)>();
            if (channel.Map("assume") is { } assumed)
            {
                foreach (var (key, slotNode) in assumed.Keys)
                {
                    if (!SlotNames.TryGetValue(key, out var slot))
                    {
                        assumed.Errors.Add(assumed.File, slotNode, $"'{key}' is not a slot; slots are {string.Join(", ", SlotNames.Keys)}.");
                        continue;
                    }

                    if (assumed.Text(key, required: true) is { } value)
                    {
                        assume.Add((slot, value));
                    }
                }
            }

            channels[channelId] = new ChannelSettings(assume, channel.Text("note"), channel.Location);
            channel.RejectUnknownKeys();
        }

        return channels;
    }

    /// <param name="phrased">
    /// False for danger and suicide: their phrases are the safety rules of <c>dialogs/understanding/</c>, in every
    /// language, not words of this file.
    /// </param>
    private static Interruption ReadInterruption(ContentMap? interruptions, string key, KnowledgeBase knowledge, bool phrased = true)
    {
        var map = interruptions?.Map(key, required: true);
        if (map is null)
        {
            return new Interruption([], string.Empty);
        }

        var phrases = phrased ? map.Strings("phrases", required: true).Select(TextNormalizer.Normalize).Where(p => p.Length > 0).ToList() : [];
        var interruption = new Interruption(phrases, map.Text("text", required: true) ?? string.Empty)
        {
            OnChannel = ReadChannelTexts(map),
            SomeoneElse = map.Text("someoneElse"),
            Signpost = map.Map("signpost") is { } signpost ? ReadSignpost(signpost, knowledge) : null,
        };
        map.RejectUnknownKeys();
        return interruption;
    }

    /// <summary><c>onChannel:</c> a channel id → the text to say there instead.</summary>
    private static ChannelTexts ReadChannelTexts(ContentMap map)
    {
        if (map.Map("onChannel") is not { } onChannel)
        {
            return ChannelTexts.None;
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (channelId, _) in onChannel.Keys)
        {
            if (onChannel.Text(channelId, required: true) is { } text)
            {
                texts[channelId] = text;
            }
        }

        return new ChannelTexts(texts);
    }

    private static DialogDefinition? ReadDialog(ContentMap root, KnowledgeBase knowledge)
    {
        var id = root.Text("id", required: true);
        var title = root.Text("title") ?? id ?? string.Empty;
        var steps = new List<WaterfallStep>();
        var stepIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var map in root.Maps("steps", required: true))
        {
            var step = ReadStep(map, knowledge);
            if (step is null)
            {
                continue;
            }

            if (!stepIds.Add(step.Id))
            {
                map.Errors.Add(map.File, map.Start, $"The step id '{step.Id}' is used twice in this dialog.");
            }

            steps.Add(step);
        }

        if (steps.Count == 0 && root.Has("steps"))
        {
            root.Errors.Add(root.File, root.Start, "A dialog needs at least one step.");
        }

        root.RejectUnknownKeys();
        return id is null ? null : new DialogDefinition(id, title, steps, root.Location);
    }

    private static WaterfallStep? ReadStep(ContentMap map, KnowledgeBase knowledge)
    {
        var id = map.Text("id", required: true);
        var when = ReadConditions(map);
        var location = map.Location;
        var kinds = StepKinds.Where(map.Has).ToList();
        if (kinds.Count != 1)
        {
            map.Errors.Add(map.File, map.Start, kinds.Count == 0
                ? $"Step '{id}' does nothing: give it one of {string.Join(", ", StepKinds)}."
                : $"Step '{id}' has {string.Join(" and ", kinds)}: split it into one step each.");
            map.RejectUnknownKeys(StepKinds);
            return null;
        }

        WaterfallStep? step = kinds[0] switch
        {
            "say" => new SayStep(id ?? string.Empty, when, location, map.Text("say", required: true) ?? string.Empty, map.Flag("firstTimeOnly") ?? false)
            {
                OnChannel = ReadChannelTexts(map),
            },
            "begin" => new BeginStep(id ?? string.Empty, when, location, map.Text("begin", required: true) ?? string.Empty),
            "signpost" => map.Map("signpost", required: true) is { } s ? new SignpostStep(id ?? string.Empty, when, location, ReadSignpost(s, knowledge)) : null,
            "choice" => map.Map("choice", required: true) is { } c ? ReadChoice(id ?? string.Empty, when, location, c) : null,
            "confirm" => map.Map("confirm", required: true) is { } y ? ReadConfirm(id ?? string.Empty, when, location, y) : null,
            _ => map.Map("country", required: true) is { } k ? ReadCountry(id ?? string.Empty, when, location, k, knowledge) : null,
        };
        map.RejectUnknownKeys();
        return id is null ? null : step;
    }

    private static List<SlotCondition> ReadConditions(ContentMap map)
    {
        var conditions = new List<SlotCondition>();
        ReadConditions(map, "when", negated: false, conditions);
        ReadConditions(map, "unless", negated: true, conditions);
        return conditions;
    }

    /// <summary><c>when:</c> (the slot holds one of the values) or <c>unless:</c> (it holds none of them).</summary>
    private static void ReadConditions(ContentMap map, string key, bool negated, List<SlotCondition> conditions)
    {
        if (map.Map(key) is not { } when)
        {
            return;
        }

        foreach (var (slotKey, keyNode) in when.Keys)
        {
            if (!SlotNames.TryGetValue(slotKey, out var slot))
            {
                when.Errors.Add(when.File, keyNode, $"'{slotKey}' is not a slot; slots are {string.Join(", ", SlotNames.Keys)}.");
                continue;
            }

            var values = when.Strings(slotKey, required: true);
            if (Slots.KindOf(slot) == SlotKind.YesNo)
            {
                foreach (var value in values.Where(v => v is not (Slots.Yes or Slots.No)))
                {
                    when.Errors.Add(when.File, when.ValueAt(slotKey), $"'{slotKey}' is a yes/no slot, so test it for yes or no, not '{value}'.");
                }
            }

            conditions.Add(new SlotCondition(slot, values, negated));
        }
    }

    private static PromptOptions ReadPromptOptions(ContentMap map, SlotKind expected)
    {
        var slotText = map.Text("slot", required: true);
        var slot = SlotName.Role;
        if (slotText is not null && !SlotNames.TryGetValue(slotText, out slot))
        {
            map.Errors.Add(map.File, map.ValueAt("slot"), $"'{slotText}' is not a slot; slots are {string.Join(", ", SlotNames.Keys)}.");
        }
        else if (slotText is not null && Slots.KindOf(slot) != expected)
        {
            map.Errors.Add(map.File, map.ValueAt("slot"), $"The slot '{slotText}' holds a {Slots.KindOf(slot)} answer, so it cannot be filled by this kind of question.");
        }

        return new PromptOptions(
            slot,
            map.Text("prompt", required: true) ?? string.Empty,
            map.Text("retry", required: true) ?? string.Empty,
            map.Text("fallback", required: true) ?? string.Empty,
            map.Flag("prefill") ?? false);
    }

    private static ChoicePromptStep ReadChoice(string id, IReadOnlyList<SlotCondition> when, SourceLocation location, ContentMap map)
    {
        var options = ReadPromptOptions(map, SlotKind.Choice);
        var choices = new List<ChoiceOption>();
        foreach (var choice in map.Maps("choices", required: true))
        {
            var value = choice.Text("value", required: true);
            var title = choice.Text("title", required: true);
            var synonyms = choice.Strings("synonyms");
            choice.RejectUnknownKeys();
            if (value is not null && title is not null)
            {
                choices.Add(new ChoiceOption(value, title, synonyms));
            }
        }

        if (choices.Count < 2 && map.Has("choices"))
        {
            map.Errors.Add(map.File, map.ValueAt("choices"), "A choice needs at least two options.");
        }

        foreach (var duplicate in choices.GroupBy(c => c.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            map.Errors.Add(map.File, map.ValueAt("choices"), $"The value '{duplicate.Key}' is used by two options.");
        }

        map.RejectUnknownKeys();
        return new ChoicePromptStep(id, when, location, options, choices);
    }

    private static ConfirmPromptStep ReadConfirm(string id, IReadOnlyList<SlotCondition> when, SourceLocation location, ContentMap map)
    {
        var options = ReadPromptOptions(map, SlotKind.YesNo);
        if (options.Fallback is not (Slots.Yes or Slots.No) && map.Has("fallback"))
        {
            map.Errors.Add(map.File, map.ValueAt("fallback"), "The fallback of a yes/no question must be yes or no.");
        }

        var step = new ConfirmPromptStep(id, when, location, options, map.Text("yes", required: true) ?? string.Empty, map.Text("no", required: true) ?? string.Empty)
        {
            YesSynonyms = map.Strings("yesSynonyms"),
            NoSynonyms = map.Strings("noSynonyms"),
        };
        map.RejectUnknownKeys();
        return step;
    }

    private static CountryPromptStep ReadCountry(string id, IReadOnlyList<SlotCondition> when, SourceLocation location, ContentMap map, KnowledgeBase knowledge)
    {
        var options = ReadPromptOptions(map, SlotKind.Country);
        var buttons = map.Strings("buttons");
        foreach (var code in buttons.Where(c => knowledge.FindCountry(c) is null))
        {
            map.Errors.Add(map.File, map.ValueAt("buttons"), $"The button '{code}' is not a country in knowledge/countries.yaml.");
        }

        if (options.Fallback != Slots.UnknownCountry && knowledge.FindCountry(options.Fallback) is null && map.Has("fallback"))
        {
            map.Errors.Add(map.File, map.ValueAt("fallback"), $"The fallback of a country question must be a country code from knowledge or '{Slots.UnknownCountry}'.");
        }

        var step = new CountryPromptStep(id, when, location, options, buttons, map.Text("other", required: true) ?? string.Empty, map.Text("askOther", required: true) ?? string.Empty)
        {
            DontKnow = map.Strings("dontKnow"),
            DontKnowText = map.Text("dontKnowText"),
        };
        map.RejectUnknownKeys();
        return step;
    }

    private static Signpost ReadSignpost(ContentMap map, KnowledgeBase knowledge)
    {
        var signpost = new Signpost
        {
            Text = map.Text("text"),
            Emergency = map.Flag("emergency") ?? false,
            CountryHotlines = map.Flag("countryHotlines") ?? false,
            Hotlines = map.Strings("hotlines"),
            GuidanceTopics = map.Strings("guidance"),
            UnknownCountryText = map.Text("unknownCountryText"),
            NoCountryText = map.Text("noCountryText"),
            ChildText = map.Text("childText"),
            Audience = map.Has("audience") ? map.Strings("audience") : Signpost.SelfAudience,
        };
        foreach (var who in signpost.Audience.Where(a => !Audience.All.Contains(a)))
        {
            map.Errors.Add(map.File, map.ValueAt("audience"), $"'{who}' is not an audience; use {string.Join(", ", Audience.All)}.");
        }

        var unknownHotlines = signpost.Hotlines.Where(h => knowledge.FindHotline(h) is null).ToList();
        foreach (var id in unknownHotlines)
        {
            map.Errors.Add(map.File, map.ValueAt("hotlines"), $"There is no hotline '{id}' in knowledge/.");
        }

        foreach (var topic in signpost.GuidanceTopics.Where(t => !knowledge.GuidanceFor(t).Any()))
        {
            map.Errors.Add(map.File, map.ValueAt("guidance"), $"No guidance in knowledge/guidance.yaml has the topic '{topic}'.");
        }

        var showsNumber = signpost.Emergency || signpost.CountryHotlines
            || signpost.Hotlines.Any(h => knowledge.FindHotline(h)?.Phones.Count > 0);
        if (!showsNumber && unknownHotlines.Count == 0)
        {
            map.Errors.Add(map.File, map.Start, "A signpost must show at least one phone number: add 'emergency: yes' or a hotline with a number.");
        }

        if (signpost.CountryHotlines && (signpost.UnknownCountryText is null || signpost.NoCountryText is null))
        {
            map.Errors.Add(map.File, map.Start, "A signpost with 'countryHotlines: yes' needs 'unknownCountryText' (a named country we have no list for) and 'noCountryText' (no country known).");
        }

        map.RejectUnknownKeys();
        return signpost;
    }

    private static void CrossCheck(List<DialogDefinition> dialogs, GlobalSettings global, string globalPath, ContentErrors errors)
    {
        var byId = new Dictionary<string, DialogDefinition>(StringComparer.Ordinal);
        foreach (var dialog in dialogs)
        {
            if (!byId.TryAdd(dialog.Id, dialog))
            {
                errors.Add(new ContentError(dialog.Location.File, dialog.Location.Line, 1, $"The dialog id '{dialog.Id}' is also used in {byId[dialog.Id].Location.File}."));
            }
        }

        if (!byId.ContainsKey(global.StartDialog))
        {
            errors.Add(new ContentError(globalPath, 1, 1, $"The start dialog '{global.StartDialog}' does not exist."));
        }

        var choiceValues = dialogs.SelectMany(d => d.Steps).OfType<ChoicePromptStep>()
            .SelectMany(p => p.Choices.Select(c => (p.Options.Slot, c.Value)).Append((p.Options.Slot, p.Options.Fallback)))
            .ToHashSet();
        foreach (var (channelId, channel) in global.Channels)
        {
            foreach (var (slot, value) in channel.Assume)
            {
                var known = Slots.KindOf(slot) switch
                {
                    SlotKind.Choice => choiceValues.Contains((slot, value)),
                    SlotKind.YesNo => value is Slots.Yes or Slots.No,
                    _ => value.Length > 0,
                };
                if (!known)
                {
                    errors.Add(new ContentError(channel.Location.File, channel.Location.Line, 1, $"The channel '{channelId}' assumes '{value}' for a slot no question can answer with it."));
                }
            }
        }

        foreach (var dialog in dialogs)
        {
            foreach (var step in dialog.Steps)
            {
                if (step is BeginStep begin && !byId.ContainsKey(begin.DialogId))
                {
                    errors.Add(new ContentError(step.Location.File, step.Location.Line, 1, $"Step '{step.Id}' begins the dialog '{begin.DialogId}', which does not exist."));
                }

                foreach (var condition in step.When.Where(c => Slots.KindOf(c.Slot) == SlotKind.Choice))
                {
                    foreach (var value in condition.Values.Where(v => !choiceValues.Contains((condition.Slot, v))))
                    {
                        errors.Add(new ContentError(step.Location.File, step.Location.Line, 1, $"Step '{step.Id}' tests for '{value}', but no question can give that answer."));
                    }
                }
            }
        }

        foreach (var cycle in FindBeginCycles(byId))
        {
            errors.Add(new ContentError(byId[cycle].Location.File, byId[cycle].Location.Line, 1, $"The dialog '{cycle}' begins itself (directly or through others); a person could go round forever."));
        }
    }

    private static HashSet<string> FindBeginCycles(Dictionary<string, DialogDefinition> dialogs)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in dialogs.Keys)
        {
            var stack = new Stack<(string Id, int Depth)>();
            stack.Push((start, 0));
            while (stack.Count > 0)
            {
                var (id, depth) = stack.Pop();
                if (!dialogs.TryGetValue(id, out var dialog) || depth > dialogs.Count)
                {
                    continue;
                }

                foreach (var begin in dialog.Steps.OfType<BeginStep>())
                {
                    if (begin.DialogId == start)
                    {
                        found.Add(start);
                    }
                    else
                    {
                        stack.Push((begin.DialogId, depth + 1));
                    }
                }
            }
        }

        return found;
    }
}
