using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SignpostBot.Dialogs.Schema;
using SignpostBot.DirectLine;

namespace SignpostBot.Tests.DirectLine;

public sealed class DirectLineConversationStoreTests
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    private DirectLineConversationStore Store(int max = 10, int activities = 10, int unstarted = 10, int bytesPerConversation = 1024 * 1024, long totalBytes = 64 * 1024 * 1024) => new(
        Options.Create(new DirectLineOptions
        {
            MaxConversations = max,
            MaxUnstartedConversations = unstarted,
            MaxActivitiesPerConversation = activities,
            MaxActivityBytesPerConversation = bytesPerConversation,
            MaxActivityBytes = totalBytes,
            ConversationTtl = TimeSpan.FromMinutes(30),
            UnstartedTtl = TimeSpan.FromMinutes(1),
        }),
        _clock);

    private static DirectLineConversation Started(DirectLineConversationStore store)
    {
        var conversation = store.TryCreate()!;
        Assert.Equal(StartOutcome.Started, store.Start(conversation));
        return conversation;
    }

    [Fact]
    public void Start_AtTheLimit_RefusesUntilOneExpires()
    {
        var store = Store(max: 2);
        Started(store);
        _clock.Advance(TimeSpan.FromMinutes(10));
        Started(store);

        var third = store.TryCreate()!;
        Assert.Equal(StartOutcome.Refused, store.Start(third));
        _clock.Advance(TimeSpan.FromMinutes(21));
        var fourth = store.TryCreate()!;
        Assert.Equal(StartOutcome.Started, store.Start(fourth));
        Assert.Equal(StartOutcome.AlreadyStarted, store.Start(fourth));
        Assert.Equal(2, store.StartedCount);
    }

    [Fact]
    public void TryCreate_TokensNeverStarted_TakeNoSlotAndAreForgottenAfterTheirShortLife()
    {
        var store = Store(max: 1, unstarted: 3);
        for (var i = 0; i < 3; i++)
        {
            Assert.NotNull(store.TryCreate());
        }

        Assert.Null(store.TryCreate());
        _clock.Advance(TimeSpan.FromSeconds(61));

        Assert.NotNull(store.TryCreate());
        Assert.Equal(1, store.Count);
        Assert.Equal(0, store.StartedCount);
    }

    [Fact]
    public void Append_PastTheBytesPerConversation_DropsTheOldestButKeepsTheNewest()
    {
        var conversation = Started(Store(activities: 1000, bytesPerConversation: 16 * 1024));
        for (var i = 0; i < 50; i++)
        {
            conversation.Append(new Activity { Type = ActivityTypes.Message, Text = new string('x', 1000) });
        }

        Assert.InRange(conversation.Bytes, 1, 16 * 1024);
        Assert.InRange(conversation.After(null).Activities.Count, 10, 16);
        conversation.Append(new Activity { Type = ActivityTypes.Message, Text = new string('y', 20_000) });
        Assert.Equal(new string('y', 20_000), Assert.Single(conversation.After(null).Activities).Text);
    }

    [Fact]
    public void Append_PastTheTotal_TrimsTheLeastRecentlyUsedConversationsFirst()
    {
        var store = Store(activities: 1000, bytesPerConversation: 1024 * 1024, totalBytes: 1024 * 1024);
        var idle = Started(store);
        for (var i = 0; i < 600; i++)
        {
            idle.Append(new Activity { Type = ActivityTypes.Message, Text = new string('i', 1000) });
        }

        _clock.Advance(TimeSpan.FromMinutes(1));
        var busy = Started(store);
        busy.Touch(_clock.GetUtcNow());
        for (var i = 0; i < 600; i++)
        {
            busy.Append(new Activity { Type = ActivityTypes.Message, Text = new string('b', 1000) });
            store.KeepWithinTotal();
        }

        Assert.InRange(store.ActivityBytes, 1, 1024 * 1024);
        Assert.Single(idle.After(null).Activities);
        Assert.True(busy.After(null).Activities.Count > 100);
    }

    [Fact]
    public void TryCreate_Twice_GivesDifferentRandomIdsAndDlUsers()
    {
        var store = Store();
        var a = store.TryCreate()!;
        var b = store.TryCreate()!;

        Assert.NotEqual(a.Id, b.Id);
        Assert.NotEqual(a.UserId, b.UserId);
        Assert.StartsWith("dl_", a.UserId, StringComparison.Ordinal);
        Assert.True(a.Id.Length >= 20);
    }

    [Fact]
    public void Append_PastTheCap_DropsTheOldestAndKeepsWatermarksGrowing()
    {
        var conversation = Started(Store(activities: 10));
        for (var i = 1; i <= 15; i++)
        {
            conversation.Append(new Activity { Type = ActivityTypes.Message, Text = i.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        var (all, watermark) = conversation.After(null);

        Assert.Equal(10, all.Count);
        Assert.Equal("6", all[0].Text);
        Assert.Equal("15", watermark);
        Assert.EndsWith("|0000015", all[^1].Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_ForgetsOnlyIdleConversations_AndEndsThem()
    {
        var store = Store();
        var idle = Started(store);
        _clock.Advance(TimeSpan.FromMinutes(20));
        var busy = Started(store);
        _clock.Advance(TimeSpan.FromMinutes(15));

        Assert.Equal(1, store.Sweep());
        Assert.True(idle.Ended);
        Assert.True(idle.Changed.IsCompleted);
        Assert.Null(store.Find(idle.Id));
        Assert.Same(busy, store.Find(busy.Id));
    }

    [Fact]
    public void End_DropsTheActivitiesAndWakesTheStream()
    {
        var store = Store();
        var conversation = store.TryCreate()!;
        conversation.Append(new Activity { Type = ActivityTypes.Message, Text = "secret" });
        var waiting = conversation.Changed;
        var stream = conversation.ClaimStream();

        Assert.True(store.End(conversation.Id));

        Assert.True(waiting.IsCompleted);
        Assert.True(stream.IsCancellationRequested);
        Assert.Empty(conversation.After(null).Activities);
        Assert.False(store.End(conversation.Id));
    }
}
