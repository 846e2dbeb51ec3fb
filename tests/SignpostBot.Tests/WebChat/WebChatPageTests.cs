using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SignpostBot.DirectLine;
using SignpostBot.State;
using static Microsoft.Playwright.Assertions;
using static SignpostBot.Tests.WebChat.WebChatPage;

namespace SignpostBot.Tests.WebChat;

/// <summary>
/// The page and widget in real headless Chromium with the real Bot Framework Web Chat, talking to the built-in
/// Direct Line: the victim path, danger, Exit this page, nothing stored, own origin only, accessibility.
/// </summary>
public sealed class WebChatPageTests(WebChatBrowserFixture fixture) : IClassFixture<WebChatBrowserFixture>
{
    private const string Welcome = "Who are you looking for help for?";

    [Fact]
    public async Task Page_VictimPathWithButtons_ShowsTheHelplineAsATelLink()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        await OpenChatOnThePageAsync(session);

        await Choose(page, "For me");
        await Expect(Transcript(page).GetByText("Are you in danger right now?").First).ToBeVisibleAsync();
        await Choose(page, "No");
        await Expect(Transcript(page).GetByText("Which country are you in now?", new() { Exact = false }).First).ToBeVisibleAsync();
        await SendAsync(page, "United Kingdom");

        var call = Transcript(page).Locator("a[href='tel:+448000121700']");
        await Expect(call).ToBeVisibleAsync();
        await Expect(call).ToContainTextAsync("08000 121 700");
        await Expect(Transcript(page).GetByText("Modern Slavery & Exploitation Helpline").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Chat_DangerPhrase_ShowsTheEmergencyNumberAsATelLink()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        await OpenChatOnThePageAsync(session);

        await SendAsync(page, "they locked me in");

        var emergency = Transcript(page).Locator("a[href='tel:112']");
        await Expect(emergency.First).ToBeVisibleAsync();
        await Expect(emergency.First).ToContainTextAsync("112");
    }

    [Fact]
    public async Task ExitButton_Clicked_BlanksThePageReplacesTheLocationAndEndsTheConversation()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        var conversationId = await OpenChatAfterAnotherPageAsync(session);

        var historyBefore = await WatchForBlankingAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Exit this page" }).ClickAsync();
        await AssertExitedAsync(session, conversationId, historyBefore);
    }

    [Fact]
    public async Task ShiftPressedThreeTimes_AnywhereOnThePage_ExitsLikeTheButton()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        var conversationId = await OpenChatAfterAnotherPageAsync(session);

        // Typing in the chat box counts too: a person may be mid-sentence when someone walks in.
        var historyBefore = await WatchForBlankingAsync(page);
        await SendBox(page).FocusAsync();
        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift");
        await Expect(page.Locator(".sbw-root [role=status]").Last).ToHaveTextAsync("Shift: press 1 more time to exit.");
        await page.Keyboard.PressAsync("Shift");

        await AssertExitedAsync(session, conversationId, historyBefore);
    }

    [Fact]
    public async Task Page_AfterAChat_StoredNothingAndRequestedOnlyItsOwnOrigin()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        await OpenChatOnThePageAsync(session);
        await Choose(page, "For me");
        await Expect(Transcript(page).GetByText("Are you in danger right now?").First).ToBeVisibleAsync();

        Assert.Empty(await session.Context.CookiesAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("localStorage.length"));
        Assert.Equal(0, await page.EvaluateAsync<int>("sessionStorage.length"));
        Assert.Equal(0, await page.EvaluateAsync<int>("indexedDB.databases().then(d => d.length)"));
        Assert.Equal(0, await page.EvaluateAsync<int>("caches.keys().then(k => k.length)"));
        var violations = await session.CspViolationsAsync();
        Assert.True(violations.Count == 0, "CSP violations:\n" + string.Join("\n", violations));
        Assert.True(session.ConsoleErrors.IsEmpty, "console errors:\n" + string.Join("\n", session.ConsoleErrors));

        var requests = session.Requests.ToList();
        Assert.Contains(requests, r => r.StartsWith(session.Origin.Replace("http://", "ws://", StringComparison.Ordinal) + "/v3/directline/", StringComparison.Ordinal));
        Assert.All(requests, r => Assert.True(
            r.StartsWith(session.Origin + "/", StringComparison.Ordinal) || r.StartsWith(session.Origin.Replace("http://", "ws://", StringComparison.Ordinal) + "/", StringComparison.Ordinal) || r.StartsWith("data:", StringComparison.Ordinal),
            $"request to another origin: {r}"));

        // A reload starts afresh: a new conversation, nothing carried over.
        await page.ReloadAsync();
        await OpenChatAsync(page);
        await Expect(Transcript(page).GetByText("Are you in danger right now?")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Widget_OnAPartnerSite_ChatsAcrossOriginsAndBringsItsOwnSafetyStripAndExit()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        var partner = fixture.Partner.Origin;
        await page.GotoAsync(partner + "/");
        await OpenChatAsync(page);

        var panel = page.Locator("#sbw-panel");
        await Expect(panel.Locator(".sbw-strip")).ToContainTextAsync("In immediate danger? Call 112");
        await Expect(panel.Locator(".sbw-strip a[href='tel:112']")).ToBeVisibleAsync();
        await Expect(panel.GetByRole(AriaRole.Link, new() { Name = "Exit this page" })).ToHaveAttributeAsync("href", WebChatBrowserFixture.ExitUrl);
        await Choose(page, "For me");
        await Expect(Transcript(page).GetByText("Are you in danger right now?").First).ToBeVisibleAsync();

        var socketOrigin = session.Origin.Replace("http://", "ws://", StringComparison.Ordinal);
        Assert.Contains(session.Requests, r => r.StartsWith(socketOrigin + "/v3/directline/", StringComparison.Ordinal));
        Assert.All(session.Requests, r => Assert.True(
            r.StartsWith(partner + "/", StringComparison.Ordinal) || r.StartsWith(session.Origin + "/", StringComparison.Ordinal) || r.StartsWith(socketOrigin + "/", StringComparison.Ordinal),
            $"request to a third party: {r}"));
    }

    [Fact]
    public async Task Page_WithTheChatOpenAndAHelplineShown_HasNoAxeViolationsAtWcag21AA()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        await page.GotoAsync(session.Origin + "/");
        await AssertNoAxeViolationsAsync(page, "page, chat closed");

        await OpenChatAsync(page);
        await SendAsync(page, "they locked me in");
        await Expect(Transcript(page).Locator("a[href='tel:112']").First).ToBeVisibleAsync();
        await AssertNoAxeViolationsAsync(page, "chat open, emergency shown");
    }

    [Theory]
    [InlineData(320, 640)]
    [InlineData(640, 400)] // 1280 x 800 at 200% zoom
    public async Task Page_NarrowOrZoomed_FitsWithoutSidewaysScrollingAndTheChatWorks(int width, int height)
    {
        await using var session = await fixture.NewSessionAsync(width, height);
        var page = session.Page;
        await page.GotoAsync(session.Origin + "/");
        Assert.False(await ScrollsSidewaysAsync(page), "the page scrolls sideways");

        await OpenChatAsync(page);
        Assert.False(await ScrollsSidewaysAsync(page), "the open chat scrolls sideways");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Exit this page" })).ToBeInViewportAsync();
        Assert.True(await IsUncoveredAsync(page, ".exit"), "the chat covers Exit this page");
        Assert.True(await IsUncoveredAsync(page, ".strip__tel"), "the chat covers the emergency number");
        await Expect(SendBox(page)).ToBeInViewportAsync();
        await SendAsync(page, "For me");
        await Expect(Transcript(page).GetByText("Are you in danger right now?").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Chat_KeyboardOnly_OpensAnswersAnnouncesAndClosesWithFocusVisible()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        await page.GotoAsync(session.Origin + "/");

        // The first Tab reaches the skip link, then the 999 link and Exit this page: safety comes first.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(":focus")).ToHaveTextAsync("Skip to main content");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(":focus")).ToHaveAttributeAsync("href", "tel:112");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(":focus")).ToHaveTextAsync("Exit this page");

        var launcher = page.GetByRole(AriaRole.Button, new() { Name = "Start a chat" });
        await launcher.FocusAsync();
        Assert.NotEqual("none", await launcher.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Close chat" })).ToBeFocusedAsync();
        await Expect(Transcript(page).GetByText(Welcome).First).ToBeVisibleAsync();

        // New messages are announced: Web Chat's live region carries the bot's words.
        await Expect(page.Locator("[aria-live]").Filter(new() { HasText = Welcome }).First).ToBeAttachedAsync();

        await SendBox(page).FocusAsync();
        await page.Keyboard.TypeAsync("For me");
        await page.Keyboard.PressAsync("Enter");
        await Expect(Transcript(page).GetByText("Are you in danger right now?").First).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Escape");
        await Expect(launcher).ToBeFocusedAsync();
        await Expect(page.Locator("#sbw-panel")).ToBeHiddenAsync();
    }

    /// <summary>True when what is at the element's centre is the element itself: nothing is drawn over it.</summary>
    private static Task<bool> IsUncoveredAsync(IPage page, string selector)
        => page.EvaluateAsync<bool>(
            "s => { const e = document.querySelector(s); const r = e.getBoundingClientRect(); return e.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)); }",
            selector);

    /// <summary>Loads the chat page and opens the chat.</summary>
    private static async Task OpenChatOnThePageAsync(BrowserSession session)
    {
        await session.Page.GotoAsync(session.Origin + "/");
        await OpenChatAsync(session.Page);
    }

    /// <summary>
    /// Opens the chat on a page visited after another one, so that a test of Exit can see that Back no longer
    /// returns to the chat; returns the live conversation's id.
    /// </summary>
    private async Task<string> OpenChatAfterAnotherPageAsync(BrowserSession session)
    {
        await session.Page.GotoAsync(session.Origin + "/healthz");
        await session.Page.GotoAsync(session.Origin + "/");
        var conversationId = await OpenChatAsync(session.Page);
        await AssertConversationLiveAsync(conversationId);
        return conversationId;
    }

    private async Task AssertConversationLiveAsync(string conversationId)
    {
        var services = fixture.Bot.Services;
        Assert.NotNull(services.GetRequiredService<DirectLineConversationStore>().Find(conversationId));
        var key = services.GetRequiredService<ConversationKeyHasher>().KeyFor(DirectLineBot.ChannelId, conversationId);
        Assert.NotNull(await services.GetRequiredService<IConversationStateStore>().GetAsync(key, CancellationToken.None));
    }

    /// <summary>Reports, as the page starts to unload, what it still showed: blanking must come before leaving.</summary>
    /// <returns>The history's length before leaving.</returns>
    private static Task<int> WatchForBlankingAsync(IPage page)
        => page.EvaluateAsync<int>("addEventListener('beforeunload', () => console.log('leaving: ' + document.body.childElementCount + ' elements, title [' + document.title + ']')), history.length");

    private async Task AssertExitedAsync(BrowserSession session, string conversationId, int historyBefore)
    {
        var page = session.Page;
        // The URL is what matters (waiting for a navigation event can miss one that raced the key press).
        await Expect(page).ToHaveURLAsync(WebChatBrowserFixture.ExitUrl);
        Assert.Contains("leaving: 0 elements, title []", session.ConsoleMessages);
        // location.replace: our page left no history entry, so Back goes to where the person was before.
        Assert.Equal(historyBefore, await page.EvaluateAsync<int>("history.length"));
        await page.GoBackAsync();
        Assert.Equal(session.Origin + "/healthz", page.Url);

        var services = fixture.Bot.Services;
        var store = services.GetRequiredService<DirectLineConversationStore>();
        // The beacon's effect arrives on its own request: poll for it, bounded by a deadline.
        await LocalProcess.WaitUntilAsync(() => Task.FromResult(store.Find(conversationId) is null), TimeSpan.FromSeconds(10));
        Assert.Null(store.Find(conversationId));
        var key = services.GetRequiredService<ConversationKeyHasher>().KeyFor(DirectLineBot.ChannelId, conversationId);
        Assert.Null(await services.GetRequiredService<IConversationStateStore>().GetAsync(key, CancellationToken.None));
    }

    private static Task<string> OpenChatAsync(IPage page) => WebChatPage.OpenChatAsync(page, "Start a chat", Welcome);
}
