using System.Text.Json;
using PuppeteerSharp;

namespace XbrlGen.Tests.Browser;

/// <summary>
/// A headless Chromium the tests drive over the DevTools protocol (PuppeteerSharp), never downloaded: the system's
/// browser (Debian's <c>chromium</c>, installed by <c>.ci/run</c>), or the one <c>XBRLGEN_CHROMIUM</c> names.
/// Tests call <see cref="SkipUnlessInstalled"/> first, so a machine without a browser skips them with a message.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    private readonly IBrowser _browser;

    private HeadlessChromium(IBrowser browser) => _browser = browser;

    /// <summary>The browser's executable, if one is installed.</summary>
    public static string? Executable =>
        Environment.GetEnvironmentVariable("XBRLGEN_CHROMIUM") is { Length: > 0 } path && File.Exists(path) ? path : Candidates.FirstOrDefault(File.Exists);

    public static void SkipUnlessInstalled() =>
        Skip.If(Executable is null, "no Chromium installed (apt-get install chromium, as .ci/run does, or set XBRLGEN_CHROMIUM)");

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = Executable ?? throw new InvalidOperationException("no Chromium installed"),
            Headless = true,
            // Containers run tests as root, where Chromium's sandbox cannot start; the pages are local files we wrote.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars"],
        });
        return new HeadlessChromium(browser);
    }

    /// <summary>Opens a local file at the given viewport width, offline: any request that is not the file itself fails the load.</summary>
    public async Task<RenderedPage> OpenAsync(string path, int width = 1280, int height = 900)
    {
        var page = await _browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height });
        var self = new Uri(Path.GetFullPath(path)).AbsoluteUri;
        var external = new List<string>();
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) =>
        {
            if (e.Request.Url == self || e.Request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                await e.Request.ContinueAsync();
            }
            else
            {
                lock (external)
                {
                    external.Add(e.Request.Url);
                }

                await e.Request.AbortAsync();
            }
        };
        await page.GoToAsync(self, WaitUntilNavigation.Load);
        await page.EvaluateExpressionAsync("document.fonts.ready.then(() => true)");
        return new RenderedPage(page, external);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _browser.Dispose();
    }
}

/// <summary>A page as the browser shows it: what a reader sees, measured in the browser.</summary>
public sealed class RenderedPage(IPage page, IReadOnlyList<string> externalRequests) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    /// <summary>Requests for anything but the page itself (a self-contained page makes none).</summary>
    public IReadOnlyList<string> ExternalRequests { get; } = externalRequests;

    /// <summary>The text a reader sees (<c>innerText</c>: hidden elements excluded).</summary>
    public Task<string> VisibleTextAsync() => Page.EvaluateExpressionAsync<string>("document.body.innerText");

    public Task<T> EvaluateAsync<T>(string expression) => Page.EvaluateExpressionAsync<T>(expression);

    /// <summary>The page's scroll width against the viewport's: wider means a horizontal scroll bar.</summary>
    public async Task<(int ScrollWidth, int ViewportWidth)> WidthsAsync()
    {
        var w = await Page.EvaluateExpressionAsync<int[]>("[document.documentElement.scrollWidth, window.innerWidth]");
        return (w[0], w[1]);
    }

    /// <summary>The fonts Chromium actually drew an element's text with (DevTools CSS.getPlatformFontsForNode), by family name.</summary>
    public async Task<IReadOnlyList<string>> PlatformFontsAsync(string selector)
    {
        var client = Page.Client;
        await client.SendAsync("DOM.enable");
        await client.SendAsync("CSS.enable");
        var doc = await client.SendAsync<JsonElement>("DOM.getDocument", new Dictionary<string, object> { ["depth"] = 0 });
        var root = doc.GetProperty("root").GetProperty("nodeId").GetInt32();
        var found = await client.SendAsync<JsonElement>("DOM.querySelector", new Dictionary<string, object> { ["nodeId"] = root, ["selector"] = selector });
        var node = found.GetProperty("nodeId").GetInt32();
        var fonts = await client.SendAsync<JsonElement>("CSS.getPlatformFontsForNode", new Dictionary<string, object> { ["nodeId"] = node });
        return fonts.GetProperty("fonts").EnumerateArray().Select(f => f.GetProperty("familyName").GetString() ?? string.Empty).ToList();
    }

    public Task ScreenshotAsync(string path, bool fullPage = true) =>
        Page.ScreenshotAsync(path, new ScreenshotOptions { FullPage = fullPage, Type = ScreenshotType.Png });

    /// <summary>A screenshot of one element (a table's section), for a closer look.</summary>
    public async Task ScreenshotElementAsync(string selector, string path)
    {
        var element = await Page.QuerySelectorAsync(selector) ?? throw new InvalidOperationException("no element " + selector);
        await element.ScreenshotAsync(path, new ElementScreenshotOptions { Type = ScreenshotType.Png });
    }

    public async ValueTask DisposeAsync() => await Page.CloseAsync();
}
