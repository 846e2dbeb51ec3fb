using SignpostBot.Dialogs.Localization;
using SignpostBot.Testing;
using System.Text;
using System.Text.Json;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.State;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Dialogs.Tests.Rendering;

/// <summary>Teams gets Adaptive Cards it can show: version 1.5, no tel: links, under the message size limit.</summary>
public sealed class AdaptiveCardRendererTests
{
    private static readonly Activity Incoming = TestActivities.Message(null, "msteams");

    private readonly AdaptiveCardRenderer _renderer = new();

    public static TheoryData<string> Signposts { get; } = new(TestContent.Dialogs.Dialogs
        .SelectMany(d => d.Steps.OfType<SignpostStep>().Select(s => $"{d.Id}/{s.Id}")));

    [Theory]
    [MemberData(nameof(Signposts))]
    public void Render_EverySignpostInTheContent_IsAVersion15CardWithNumbersAsTextAndUnderTheSizeLimit(string step)
    {
        var reply = SignpostFor(step);

        var activity = _renderer.Render(reply, Incoming, null);

        var card = Assert.Single(activity.Attachments!);
        Assert.Equal(ContentTypes.AdaptiveCard, card.ContentType);
        Assert.Equal("1.5", card.Content!.Value.GetProperty("version").GetString());
        var json = JsonSerializer.Serialize(activity, SchemaJsonContext.Default.Activity);
        Assert.DoesNotContain("tel:", json, StringComparison.Ordinal);
        Assert.True(Encoding.Unicode.GetByteCount(json) < AdaptiveCardRenderer.MaxMessageBytes, $"{step} is {Encoding.Unicode.GetByteCount(json)} bytes as UTF-16.");
        foreach (var phone in reply.Entries.OfType<HotlineEntry>().SelectMany(h => h.Hotline.Phones))
        {
            Assert.Contains(phone.Display, json, StringComparison.Ordinal);
        }

        Assert.Null(activity.Text);
    }

    [Fact]
    public void Render_PromptWithButtons_IsOneCardWhoseSubmitsSendTheChoiceAsMessageBackText()
    {
        var activity = _renderer.Render(new PromptReply("Who?", [new ChoiceButton("For me", "For me"), new ChoiceButton("Someone else", "Someone else")]), Incoming, null);

        var card = Assert.Single(activity.Attachments!).Content!.Value;
        Assert.Equal("Who?", card.GetProperty("body")[0].GetProperty("text").GetString());
        var actions = card.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(["For me", "Someone else"], actions.Select(a => a.GetProperty("title").GetString()));
        Assert.All(actions, a =>
        {
            Assert.Equal("Action.Submit", a.GetProperty("type").GetString());
            var teams = a.GetProperty("data").GetProperty("msteams");
            Assert.Equal("messageBack", teams.GetProperty("type").GetString());
            Assert.Equal(a.GetProperty("title").GetString(), teams.GetProperty("text").GetString());
        });
        Assert.Equal(InputHints.ExpectingInput, activity.InputHint);
    }

    [Fact]
    public void Render_LinksInSignposts_AreOpenUrlActions()
    {
        var activity = _renderer.Render(SignpostFor("professional/child"), Incoming, null);

        var json = JsonSerializer.Serialize(activity, SchemaJsonContext.Default.Activity);
        Assert.Contains("\"Action.OpenUrl\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"openUrl\"", json, StringComparison.Ordinal);
    }

    private static SignpostReply SignpostFor(string step)
    {
        var (dialogId, stepId) = (step.Split('/')[0], step.Split('/')[1]);
        var signpost = TestContent.Dialogs.Find(dialogId)!.Steps.OfType<SignpostStep>().Single(s => s.Id == stepId).Signpost;
        return new SignpostBuilder(TestContent.Dialogs).Build(signpost, new TurnContext(DialogState.Empty, null, null, new Localizer(TestContent.Dialogs).English))!;
    }
}
