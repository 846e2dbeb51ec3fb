using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SignpostBot.Content;
using SignpostBot.Dialogs.Localization;
using SignpostBot.Tests.WebChat;
using static Microsoft.Playwright.Assertions;
using static SignpostBot.Tests.WebChat.WebChatPage;

namespace SignpostBot.Tests.Localization;

/// <summary>
/// The page and widget in other languages, in real Chromium: Arabic right to left with numbers left to right,
/// Romanian from the browser's language to a hotline, every offered language accessible at 320 px, and the pickers.
/// Every expected word is read from the content, so a reworded translation does not break a test.
/// </summary>
public sealed class MultilingualPageTests(OfferedLanguagesBrowserFixture fixture) : IClassFixture<OfferedLanguagesBrowserFixture>
{
    private const string UkHelpline = "a[href='tel:+448000121700']";

    private BotContent Content => fixture.Bot.Services.GetRequiredService<BotContentHolder>().Current;

    private LanguageTexts Texts(string language) => Content.Bot.Localizer.For(language);

    /// <summary>What the content offers (English first, as languages.yaml lists them): the test's languages and any the repository offers.</summary>
    private IReadOnlyList<SupportedLanguage> Offered() => new LanguageChooser(Content.Bot.Content.Languages, Content.Bot.Localizer.Offered).Offered;

    [Fact]
    public async Task Page_InArabic_IsRightToLeftAccessibleAt320AndItsNumbersReadLeftToRight()
    {
        await using var session = await fixture.NewSessionAsync(320, 640);
        var page = session.Page;
        var ar = Texts("ar");
        await page.GotoAsync(session.Origin + "/?lang=ar");

        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.documentElement).direction"));
        Assert.Equal("ar", await page.EvaluateAsync<string>("document.documentElement.lang"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = ar.Web["exit"] })).ToBeVisibleAsync();
        foreach (var number in await page.Locator(".strip__tel, .helplines a").AllAsync())
        {
            Assert.Equal("ltr", await Direction(number));
        }

        Assert.False(await ScrollsSidewaysAsync(page), "the Arabic page scrolls sideways at 320 px");
        await AssertNoAxeViolationsAsync(page, "Arabic page");

        await OpenChatAsync(page, ar.Web["launcher"], ar.All["dialog.main.who.prompt"]);
        Assert.Equal("ar", await page.Locator(".sbw-root").GetAttributeAsync("lang"));
        Assert.Equal("rtl", await Direction(page.Locator(".sbw-root")));
        // The welcome's "112 (999 …)" is isolated left to right inside the Arabic sentence.
        await Expect(Transcript(page).GetByText("\u2066112\u2069", new() { Exact = false }).First).ToBeVisibleAsync();

        await ChatToTheUkHelplineAsync(page, ar);
        var call = Transcript(page).Locator(UkHelpline).First;
        await Expect(call).ToBeVisibleAsync();
        Assert.Equal("ltr", await Direction(call.Locator("bdi")));
        Assert.Equal("08000 121 700", await call.Locator("bdi").InnerTextAsync());
        Assert.False(await ScrollsSidewaysAsync(page), "the Arabic chat scrolls sideways at 320 px");
        await AssertNoAxeViolationsAsync(page, "Arabic chat, helpline shown");
    }

    [Fact]
    public async Task Page_InABrowserInRomanian_OpensInRomanianAndChatsToAHotlineWithTheButtons()
    {
        // No ?lang=: the page follows the browser's language, and the chat opens in it.
        await using var session = await fixture.NewSessionAsync(locale: "ro-RO");
        var page = session.Page;
        var ro = Texts("ro");
        await page.GotoAsync(session.Origin + "/");

        Assert.Equal("ro", await page.EvaluateAsync<string>("document.documentElement.lang"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(ro.Web["title"]);
        await OpenChatAsync(page, ro.Web["launcher"], ro.All["dialog.main.who.prompt"]);
        await ChatToTheUkHelplineAsync(page, ro);

        var call = Transcript(page).Locator(UkHelpline).First;
        await Expect(call).ToBeVisibleAsync();
        await Expect(call).ToContainTextAsync("08000 121 700");
        Assert.Empty(await session.Context.CookiesAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("localStorage.length + sessionStorage.length"));
    }

    [Fact]
    public async Task Page_InEveryOfferedLanguage_HasNoAxeViolationsAndFitsAt320()
    {
        await using var session = await fixture.NewSessionAsync(320, 640);
        var page = session.Page;
        var offered = Offered();
        Assert.True(offered.Count > OfferedLanguages.Tags.Length, "the content offers fewer languages than the test set");

        foreach (var language in offered)
        {
            await page.GotoAsync(session.Origin + "/?lang=" + language.Language);
            Assert.StartsWith(language.Language, await page.EvaluateAsync<string>("document.documentElement.lang"), StringComparison.Ordinal);
            Assert.Equal(language.RightToLeft ? "rtl" : "ltr", await page.EvaluateAsync<string>("document.documentElement.dir"));
            Assert.False(await ScrollsSidewaysAsync(page), $"the page in '{language.Language}' scrolls sideways at 320 px");
            await AssertNoAxeViolationsAsync(page, $"page in '{language.Language}'");
        }
    }

    [Fact]
    public async Task Picker_OnThePage_IsReachedByKeyboardWithFocusVisibleAndSwitchesByTheAddress()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        var offered = Offered();
        await page.GotoAsync(session.Origin + "/");

        // Safety first (skip link, 112, Exit this page), then the languages, each by its own name.
        for (var i = 0; i < 4; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Expect(page.Locator(":focus")).ToHaveTextAsync(offered[0].OwnName);
        await Expect(page.Locator(":focus")).ToHaveAttributeAsync("aria-current", "true");
        await page.Keyboard.PressAsync("Tab");
        var next = page.Locator(":focus");
        await Expect(next).ToHaveAttributeAsync("lang", offered[1].Language);
        Assert.Equal("rgb(255, 221, 0)", await next.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(session.Origin + "/?lang=" + offered[1].Language);
        Assert.Equal(offered[1].RightToLeft ? "rtl" : "ltr", await page.EvaluateAsync<string>("document.documentElement.dir"));
        await Expect(page.Locator(".languages [aria-current]")).ToHaveAttributeAsync("lang", offered[1].Language);
        Assert.Empty(await session.Context.CookiesAsync());
    }

    [Fact]
    public async Task Picker_InTheWidgetOnAPartnerSite_SwitchesTheWidgetAndTheChatInPlace()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        var ro = Texts("ro");
        var romanian = Content.Bot.Content.Languages.Single(l => l.Language == "ro");
        await page.GotoAsync(fixture.Partner.Origin + "/");
        await OpenChatAsync(page, "Start a chat", "Who are you looking for help for?");

        var panel = page.Locator("#sbw-panel");
        await panel.GetByText("Language: English").ClickAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = romanian.OwnName, Exact = true }).ClickAsync();

        Assert.Equal("ro", await page.Locator(".sbw-root").GetAttributeAsync("lang"));
        await Expect(panel.Locator("#sbw-title")).ToHaveTextAsync(ro.Web["panelTitle"]);
        await Expect(panel.GetByRole(AriaRole.Link, new() { Name = ro.Web["exit"] })).ToBeVisibleAsync();
        await Expect(panel.Locator(".sbw-strip a[href='tel:112']")).ToBeVisibleAsync();
        // The bot is told as if the person typed the language's name: it answers in Romanian, with the way back.
        await Expect(Transcript(page).GetByText(romanian.Switched).First).ToBeVisibleAsync();
        await Choose(page, ro.All["dialog.main.who.choice.victim"]);
        await Expect(Transcript(page).GetByText(ro.All["dialog.victim.danger.prompt"]).First).ToBeVisibleAsync();
        Assert.Empty(await session.Context.CookiesAsync());

        await panel.GetByText($"{ro.Web["language"]}: {romanian.OwnName}").ClickAsync();
        await Expect(panel.GetByRole(AriaRole.Button, new() { Name = romanian.OwnName, Exact = true })).ToHaveAttributeAsync("aria-current", "true");
        await AssertNoAxeViolationsAsync(page, "partner site, widget in Romanian, picker open");
    }

    /// <summary>The victim path with the buttons in a language: for me, not in danger, the United Kingdom by its name there.</summary>
    private static async Task ChatToTheUkHelplineAsync(IPage page, LanguageTexts texts)
    {
        await Choose(page, texts.All["dialog.main.who.choice.victim"]);
        await Expect(Transcript(page).GetByText(texts.All["dialog.victim.danger.prompt"]).First).ToBeVisibleAsync();
        await Choose(page, texts.All["dialog.victim.danger.no"]);
        await Expect(Transcript(page).GetByText(texts.All["dialog.victim.country.prompt"]).First).ToBeVisibleAsync();
        await SendAsync(page, texts.All["country.GB.name"]);
    }

    private static Task<string> Direction(ILocator element) => element.EvaluateAsync<string>("e => getComputedStyle(e).direction");
}
