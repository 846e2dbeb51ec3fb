using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SignpostBot.Dialogs.Schema;
using SignpostBot.DirectLine;

namespace SignpostBot.Tests.DirectLine;

public sealed class DirectLineConversationStoreTests
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    private DirectLineConversationStore Store(int max = 10, int activities = 10) => new(
        Options.Create(new DirectLineOptions { MaxConversations = max, MaxActivitiesPerConversation = activities, ConversationTtl = TimeSpan.FromMinutes(30) }), _clock);

    [Fact]
    public void TryCreate_AtTheLimit_RefusesUntilOneExpires()
    {
        var store = Store(max: 2);
        Assert.NotNull(store.TryCreate());
        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.NotNull(store.TryCreate());

        Assert.Null(store.TryCreate());
        _clock.Advance(TimeSpan.FromMinutes(21));
        Assert.NotNull(store.TryCreate());
        Assert.Equal(2, store.Count);
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
        var conversation = Store(activities: 10).TryCreate()!;
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
        var idle = store.TryCreate()!;
        _clock.Advance(TimeSpan.FromMinutes(20));
        var busy = store.TryCreate()!;
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
