using System.Diagnostics;
using System.Text.RegularExpressions;

namespace XbrlGen.Tests.Review;

/// <summary>
/// The committed review page in headless Chromium (Debian's <c>chromium</c>; installed by <c>.ci/run</c>, never
/// downloaded): it renders, and every printed figure links to a fact that links back to it.
/// </summary>
public sealed partial class ReviewPageBrowserTests
{
    private static string Page => Path.Combine(TestPaths.Layout.Output, "iij-20030630-review.html");

    private static string? Chromium => new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);

    /// <summary>Runs Chromium headless with <paramref name="args"/> and the page; returns its standard output.</summary>
    private static string Browse(params string[] args)
    {
        var start = new ProcessStartInfo(Chromium!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=" + TestPaths.TempDir() }.Concat(args))
        {
            start.ArgumentList.Add(a);
        }

        start.ArgumentList.Add(new Uri(Page).AbsoluteUri);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "chromium did not finish");
        Assert.True(process.ExitCode == 0, stderr.Result);
        return output;
    }

    [SkippableFact]
    public void The_browser_goes_from_every_figure_to_its_fact_and_back()
    {
        Skip.If(Chromium is null, "chromium is not installed (.ci/run installs it with apt-get)");
        var dom = Browse("--dump-dom");
        var ids = Id().Matches(dom).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var figures = FigureLink().Matches(dom).Select(m => (Figure: m.Groups[1].Value, Fact: m.Groups[2].Value)).ToList();
        Assert.True(figures.Count > 900, $"{figures.Count} linked figures");
        Assert.All(figures, f => Assert.Contains(f.Fact, ids));

        // Back: each fact's row links to every printed copy that links to it.
        var back = FactRow().Matches(dom).ToDictionary(m => m.Groups[1].Value, m => BackLink().Matches(m.Groups[2].Value).Select(b => b.Groups[1].Value).ToHashSet(StringComparer.Ordinal));
        Assert.All(figures, f => Assert.Contains(f.Figure, back[f.Fact]));
        // Findings link to the table rows they name.
        var rows = LineLink().Matches(dom).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(r, ids));
        Assert.Contains("国際バックボーンコスト", dom, StringComparison.Ordinal);
        Assert.Contains(XbrlGen.Diagnostics.Codes.CaptionSign.Code, dom, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_page_renders_to_a_screenshot()
    {
        Skip.If(Chromium is null, "chromium is not installed (.ci/run installs it with apt-get)");
        var shot = Path.Combine(TestPaths.TempDir(), "review.png");
        Browse("--window-size=1400,1800", "--screenshot=" + shot);
        var bytes = File.ReadAllBytes(shot);
        Assert.True(bytes.Length > 10_000);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
    }

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex Id();

    [GeneratedRegex("<a id=\"(fig-[^\"]+)\" class=\"(?:filed|copy)\" href=\"#(fact-\\d+)\"")]
    private static partial Regex FigureLink();

    [GeneratedRegex("<tr id=\"(fact-\\d+)\">(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex FactRow();

    [GeneratedRegex("href=\"#(line-\\d+)\"")]
    private static partial Regex LineLink();

    [GeneratedRegex("href=\"#(fig-[^\"]+)\"")]
    private static partial Regex BackLink();
}
