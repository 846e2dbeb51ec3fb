using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SignpostBot.Tests.WebChat;

/// <summary>What the browser tests do with the chat page and widget: open the chat, answer, and check it.</summary>
internal static class WebChatPage
{
    /// <summary>Opens the chat with its launcher (named in the page's language) and waits for the first words.</summary>
    /// <returns>The conversation's id.</returns>
    public static async Task<string> OpenChatAsync(IPage page, string launcher, string firstWords)
    {
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = launcher }).ClickAsync(),
            r => r.Url.EndsWith("/api/directline/token", StringComparison.Ordinal));
        var token = await response.JsonAsync();
        await Expect(Transcript(page).GetByText(firstWords).First).ToBeVisibleAsync();
        return token!.Value.GetProperty("conversationId").GetString()!;
    }

    /// <summary>Web Chat's visible chat history (its hidden live regions hold copies for screen readers).</summary>
    public static ILocator Transcript(IPage page) => page.Locator(".sbw-webchat [role=feed]");

    public static ILocator SendBox(IPage page) => page.Locator(".sbw-webchat input[type=text], .sbw-webchat textarea").First;

    /// <summary>Taps one of the bot's buttons (suggested actions) by its title.</summary>
    public static async Task Choose(IPage page, string title)
        => await page.Locator(".sbw-webchat").GetByRole(AriaRole.Toolbar).GetByRole(AriaRole.Button, new() { Name = title, Exact = true }).ClickAsync();

    public static async Task SendAsync(IPage page, string text)
    {
        await SendBox(page).FillAsync(text);
        await SendBox(page).PressAsync("Enter");
    }

    /// <summary>True when the page is wider than the window: a person at 320 px would have to scroll sideways.</summary>
    public static Task<bool> ScrollsSidewaysAsync(IPage page)
        => page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");

    public static async Task AssertNoAxeViolationsAsync(IPage page, string state)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var violations = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})"));
        Assert.True(result.Violations.Length == 0, $"axe ({state}):\n{violations}");
    }
}
