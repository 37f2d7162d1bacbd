using XbrlGen.Model;
using XbrlGen.Pipeline;
using XbrlGen.Tests.Browser;

namespace XbrlGen.Tests.Rendering;

/// <summary>The generated filing, once for the browser tests: written to a temporary folder by the real pipeline.</summary>
public sealed class GeneratedFiling
{
    public GeneratedFiling()
    {
        var options = TestPaths.Options();
        Result = Generator.Run(options);
        Folder = options.Output;
        Filing = Result.Filing ?? throw new InvalidOperationException("generate failed: " + string.Join("\n", Result.Diagnostics));
    }

    public GenerateResult Result { get; }

    public string Folder { get; }

    public Filing Filing { get; }

    public string Page(Language language) => Path.Combine(Folder, Filing.InlineFile(language));

    /// <summary>Screenshots go to the test output folder (under bin/, never in git).</summary>
    public static string ScreenshotPath(string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }
}

/// <summary>
/// Each Inline XBRL page in headless Chromium, as a reader sees it: not blank, every table of its language visible,
/// key figures as the release prints them, no horizontal scroll at 1280 px, Japanese drawn in a Japanese font, no
/// external request. The expected strings come from the parsed release (the filing's printed layout), not constants.
/// </summary>
public class InlinePageBrowserTests(GeneratedFiling generated) : IClassFixture<GeneratedFiling>
{
    [SkippableTheory]
    [InlineData(Language.En)]
    [InlineData(Language.Ja)]
    public async Task A_page_shows_every_table_and_its_figures_as_printed(Language language)
    {
        HeadlessChromium.SkipUnlessInstalled();
        await using var browser = await HeadlessChromium.LaunchAsync();
        await using var page = await browser.OpenAsync(generated.Page(language));
        await page.ScreenshotAsync(GeneratedFiling.ScreenshotPath($"page-{language.Code()}.png"));

        var text = await page.VisibleTextAsync();
        Assert.True(text.Length > 2000, $"the page shows only {text.Length} characters");
        Assert.Empty(page.ExternalRequests);

        var tables = generated.Filing.Layout.Tables.Where(t => t.Language == language).ToList();
        Assert.NotEmpty(tables);
        var shown = await page.EvaluateAsync<int[][]>(
            "[...document.querySelectorAll('table.figures')].map(t => { const r = t.getBoundingClientRect(); return [Math.round(r.width), Math.round(r.height), t.rows.length]; })");
        Assert.Equal(tables.Count, shown.Length);
        for (var i = 0; i < tables.Count; i++)
        {
            Assert.True(shown[i][0] > 600 && shown[i][1] > 20 * tables[i].Rows.Count / 2, $"table '{tables[i].Title}' is not visible: {shown[i][0]}x{shown[i][1]} px");
            Assert.True(shown[i][2] >= tables[i].Rows.Count + 1, $"table '{tables[i].Title}' shows {shown[i][2]} rows for {tables[i].Rows.Count} printed");
        }

        foreach (var table in tables)
        {
            await page.ScreenshotElementAsync($"#{language.Code()}-{table.Id}", GeneratedFiling.ScreenshotPath($"{language.Code()}-{table.Id}.png"));
            Assert.Contains(table.Title, text, StringComparison.Ordinal);
            foreach (var row in table.Rows)
            {
                Assert.Contains(row.Label, text, StringComparison.Ordinal);
                foreach (var figure in row.Figures)
                {
                    Assert.Contains(figure.Text, text, StringComparison.Ordinal);
                }
            }
        }

        // Figures right-aligned in tabular digits; totals bold and ruled above.
        var style = await page.EvaluateAsync<string[]>(
            "(() => { const n = getComputedStyle(document.querySelector('table.figures td.num')); const t = getComputedStyle(document.querySelector('table.figures tr.total td')); return [n.textAlign, n.fontVariantNumeric, t.fontWeight, t.borderTopWidth, t.borderTopStyle]; })()");
        Assert.Equal("right", style[0]);
        Assert.Contains("tabular-nums", style[1], StringComparison.Ordinal);
        Assert.True(int.Parse(style[2], System.Globalization.CultureInfo.InvariantCulture) >= 700, "totals are not bold: " + style[2]);
        Assert.True(style[3] != "0px" && style[4] == "solid", $"totals are not ruled: {style[3]} {style[4]}");

        var (scrollWidth, viewport) = await page.WidthsAsync();
        Assert.True(scrollWidth <= viewport, $"the page is {scrollWidth} px wide in a {viewport} px window: it scrolls sideways");
    }

    [SkippableFact]
    public async Task The_English_page_shows_the_statement_figures_as_printed()
    {
        HeadlessChromium.SkipUnlessInstalled();
        var revenues = Printed(Language.En, "Revenues");
        var operatingLoss = Printed(Language.En, "OperatingIncomeLoss");
        Assert.StartsWith("(", operatingLoss.Text, StringComparison.Ordinal); // a loss is printed in parentheses

        await using var browser = await HeadlessChromium.LaunchAsync();
        await using var page = await browser.OpenAsync(generated.Page(Language.En));
        var text = await page.VisibleTextAsync();
        Assert.Contains(revenues.Text, text, StringComparison.Ordinal);
        Assert.Contains(operatingLoss.Text, text, StringComparison.Ordinal);

        // The tagged figure reads as printed: the parentheses around the tag, the digits inside it.
        var shown = await page.EvaluateAsync<string>(
            $"(() => {{ const e = document.getElementById('{Id(operatingLoss.Fact!)}'); return e.parentElement.innerText; }})()");
        Assert.Equal(operatingLoss.Text, shown.Trim());
        await page.ScreenshotElementAsync("#en-IncomeStatement", GeneratedFiling.ScreenshotPath("en-income-statement.png"));
    }

    [SkippableFact]
    public async Task The_Japanese_page_is_drawn_in_a_Japanese_font()
    {
        HeadlessChromium.SkipUnlessInstalled();
        var total = generated.Filing.Layout.Tables.Where(t => t.Language == Language.Ja)
            .SelectMany(t => t.Rows).First(r => r.IsTotal && r.Figures.Any(f => f.Fact?.Concept.Name.LocalName == "Revenues" && f.Scale == 3));

        await using var browser = await HeadlessChromium.LaunchAsync();
        await using var page = await browser.OpenAsync(generated.Page(Language.Ja));
        var text = await page.VisibleTextAsync();
        Assert.Contains(total.Label, text, StringComparison.Ordinal);
        var fonts = await page.PlatformFontsAsync("table.figures td.label");
        Assert.Contains(fonts, f => f.Contains("CJK JP", StringComparison.Ordinal) || f.Contains("Noto Sans JP", StringComparison.Ordinal));
        await page.ScreenshotElementAsync("#ja-IncomeStatement", GeneratedFiling.ScreenshotPath("ja-income-statement.png"));
    }

    [SkippableFact]
    public async Task A_page_prints_on_A4()
    {
        HeadlessChromium.SkipUnlessInstalled();
        await using var browser = await HeadlessChromium.LaunchAsync();
        await using var page = await browser.OpenAsync(generated.Page(Language.En));
        var pdf = GeneratedFiling.ScreenshotPath("page-en.pdf");
        await page.Page.PdfAsync(pdf, new PuppeteerSharp.PdfOptions { PreferCSSPageSize = true, PrintBackground = true });
        var bytes = File.ReadAllText(pdf, System.Text.Encoding.Latin1);
        // A4 is 595 x 842 points; every page of the PDF has that media box.
        var boxes = System.Text.RegularExpressions.Regex.Matches(bytes, @"/MediaBox\s*\[\s*0 0 ([0-9.]+) ([0-9.]+)\s*\]").Select(m => (W: decimal.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), H: decimal.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.NotEmpty(boxes);
        Assert.All(boxes, b => Assert.True(Math.Abs(b.W - 595.92m) < 2 && Math.Abs(b.H - 842.88m) < 2, $"page is {b.W} x {b.H} pt, not A4"));
    }

    /// <summary>The statement's copy (thousands) of a current-quarter JPY figure, as the release prints it.</summary>
    private PrintedFigure Printed(Language language, string concept) =>
        generated.Filing.Layout.Tables.Where(t => t.Language == language).SelectMany(t => t.Rows).SelectMany(r => r.Figures)
            .First(f => f.Fact is { } fact && fact.Concept.Name.LocalName == concept && fact.Unit?.Id == "JPY" && f.Scale == 3
                && fact.Context.Period.End == generated.Filing.PeriodEnd);

    private string Id(Fact fact) => "f" + (generated.Filing.Facts.ToList().IndexOf(fact) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
