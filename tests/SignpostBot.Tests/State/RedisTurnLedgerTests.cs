using System.Text;
using SignpostBot.Dialogs.State;
using SignpostBot.State;

namespace SignpostBot.Tests.State;

/// <summary>The JSON a turn ledger entry is kept as in Redis (the round trip through a real server is in ExactlyOnceTurnTests).</summary>
public sealed class RedisTurnLedgerTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 21, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Write_ThenRead_GivesTheSameStart()
    {
        var start = new TurnStart(DialogState.Empty with { Greeted = true, Language = "ro" }, At);

        var read = RedisTurnLedger.Read(RedisTurnLedger.Write(start));

        Assert.Equal(At, read.At);
        Assert.True(read.State!.Greeted);
        Assert.Equal("ro", read.State.Language);
    }

    [Fact]
    public void Write_ANewConversation_HasNoState()
    {
        var json = RedisTurnLedger.Write(new TurnStart(null, At));

        Assert.Equal("{\"at\":\"2026-11-30T21:00:00+00:00\"}", Encoding.UTF8.GetString(json));
        Assert.Null(RedisTurnLedger.Read(json).State);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("{\"at\":\"yesterday\"}")]
    [InlineData("{\"at\":\"2026-11-30T21:00:00+00:00\",\"state\":{\"version\":1}}")]
    public void Read_ADamagedEntry_IsCorruptState(string json)
        => Assert.Throws<CorruptStateException>(() => RedisTurnLedger.Read(Encoding.UTF8.GetBytes(json)));
}
