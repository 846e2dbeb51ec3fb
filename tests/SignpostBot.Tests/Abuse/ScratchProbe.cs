using SignpostBot.Dialogs.Schema;
using SignpostBot.Testing;
namespace SignpostBot.Tests.Abuse;
public sealed class ScratchProbe(Xunit.Abstractions.ITestOutputHelper o)
{
    private static readonly System.Text.Json.JsonSerializerOptions Opts = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    [Fact]
    public void Probe()
    {
        var t = TestContent.NewBot();
        var s0 = t.OnTurn(null, BotClient.Message("c", "hi"), DateTimeOffset.UnixEpoch).State;
        foreach (var n in new[] { 4000 })
        {
            var text = string.Concat(Enumerable.Repeat("they make me work and keep my passport ", n / 39 + 1))[..n];
            t.OnTurn(s0, BotClient.Message("c", text), DateTimeOffset.UnixEpoch);
            var sw = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; i < 5; i++) t.OnTurn(s0, BotClient.Message("c", text), DateTimeOffset.UnixEpoch);
            o.WriteLine($"LEN {n}: {sw.Elapsed.TotalMilliseconds / 5:0.0} ms per turn");
        }
        string[][] convs = [
            ["hi", "he beat me agen n took my fone, i do all the cleening for his famly n they dont pay me"],
            ["hi", "im 13 and my uncle makes me sell stuff for him"],
            ["hi", "im worried about the kids next door, they never go to school and men come at night"],
            ["hi", "Someone else", "No", "Leeds"],
            ["hi", "For me", "No", "Manchester"],
            ["hi", "For me", "No", "Cluj"],
            ["hi", "For me", "No", "orange"],
            ["hi", "Français"],
            ["hi", "Română"],
            ["Nu am voie să plec și nu sunt plătit"],
            ["يجبرونني على العمل بدون أجر"],
            ["Zabrali mi paszport i muszę pracować za darmo"],
            ["Họ bắt tôi làm việc không lương"],
            ["hi", "Professional", "what is the duty to notify"],
        ];
        foreach (var conv in convs)
        {
            foreach (var channel in conv[0] == "hi" && conv.Length > 2 && conv[1] == "Professional" ? new[] { "webchat", "msteams" } : new[] { "webchat" })
            {
                o.WriteLine($"==== {channel}: {string.Join(" | ", conv)}");
                Dialogs.State.DialogState? s = null;
                foreach (var m in conv)
                {
                    var r = t.OnTurn(s, BotClient.Message("c", m) with { ChannelId = channel }, DateTimeOffset.UnixEpoch);
                    s = r.State;
                    o.WriteLine($"> {m}");
                    foreach (var a in r.Replies)
                    {
                        o.WriteLine("< " + a.Text);
                        foreach (var att in a.Attachments ?? []) { var j = System.Text.Json.JsonSerializer.Serialize(att.Content, Opts); o.WriteLine("  [card] " + j[..Math.Min(700, j.Length)]); }
                        if (a.SuggestedActions is { } sa) o.WriteLine("  [buttons] " + string.Join(" / ", sa.Actions.Select(x => x.Title)));
                    }
                }
            }
        }
    }
}
