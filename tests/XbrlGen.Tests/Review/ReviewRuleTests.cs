using System.Globalization;
using System.Text.RegularExpressions;
using XbrlGen.Diagnostics;
using XbrlGen.Model;
using XbrlGen.Pipeline;
using XbrlGen.Review;

namespace XbrlGen.Tests.Review;

/// <summary>Each review rule on the bundled release, on the release edited to add a case and to remove one, and on the next quarter.</summary>
public sealed class ReviewRuleTests
{
    private static readonly DiagnosticDescriptor[] ReviewCodes = [Codes.PercentMismatch, Codes.ProseTableMismatch, Codes.ProseRounding, Codes.ConvenienceMismatch, Codes.ConvenienceRounding, Codes.PercentRounding, Codes.CaptionSign, Codes.PeriodReference];

    private static readonly Lazy<GenerateResult> Bundled = new(() => Run(File.ReadAllText(TestPaths.Layout.DefaultRelease)));

    private static GenerateResult Run(string text, bool strict = false, Func<string, string>? mappingEdit = null)
    {
        var dir = TestPaths.TempDir();
        var release = Path.Combine(dir, "release.txt");
        File.WriteAllText(release, text);
        var mapping = TestPaths.Layout.DefaultMapping;
        if (mappingEdit is not null)
        {
            mapping = Path.Combine(dir, "mapping");
            Directory.CreateDirectory(mapping);
            foreach (var file in Directory.GetFiles(TestPaths.Layout.DefaultMapping, "*.yaml"))
            {
                var yaml = File.ReadAllText(file);
                File.WriteAllText(Path.Combine(mapping, Path.GetFileName(file)), Path.GetFileName(file) == "mapping.yaml" ? mappingEdit(yaml) : yaml);
            }
        }

        return Generator.Run(new GenerateOptions(release, mapping, Path.Combine(dir, "out"), TestPaths.Layout.Taxonomy) { WarningsAsErrors = strict });
    }

    /// <summary>The release and mapping with Table 9's tax row captioned as it is printed (expense positive).</summary>
    private static GenerateResult RecaptionedTax(string text, bool strict = false) =>
        Run(Edit(text, "Income tax benefit (expense) -390", "Income tax expense (benefit) -390"), strict,
            yaml => Edit(yaml, "label: { en: \"Income tax benefit (expense)\"", "label: { en: \"Income tax expense (benefit)\""));

    private static List<Diagnostic> Findings(GenerateResult r, DiagnosticDescriptor descriptor) => r.Diagnostics.Where(d => d.Code == descriptor.Code).ToList();

    private static string Edit(string text, string from, string to)
    {
        Assert.Contains(from, text, StringComparison.Ordinal);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void Convenience_figures_one_unit_off_are_rounding_level_with_the_rate_line()
    {
        var found = Findings(Bundled.Value, Codes.ConvenienceRounding);
        Assert.Equal(18, found.Count); // nine rows, each in the Japanese and the English statements
        Assert.Contains(found, d => d.Span.Line == 855 && d.Message.Contains("8,235", StringComparison.Ordinal) && d.Message.Contains("987,198", StringComparison.Ordinal) && d.Related[0].Line == 894);
        Assert.Empty(Findings(Bundled.Value, Codes.ConvenienceMismatch));
    }

    [Fact]
    public void A_convenience_figure_far_off_is_a_warning_and_a_corrected_one_is_gone()
    {
        var text = File.ReadAllText(TestPaths.Layout.DefaultRelease);
        // Two convenience figures swapped (in both languages, so the copies agree and the column still foots): two more cases each.
        var swapped = Edit(Edit(text, "6,402 767,418", "4,336 767,418"), "4,336 519,709", "6,402 519,709");
        var more = Run(swapped);
        Assert.Contains(Findings(more, Codes.ConvenienceMismatch), d => d.Span.Line == 854 && d.Message.Contains("4,336", StringComparison.Ordinal) && d.Message.Contains("767,418", StringComparison.Ordinal) && d.Related[0].Line == 894);
        Assert.Equal(4, Findings(more, Codes.ConvenienceMismatch).Count);
        var fewer = Run(Edit(text, "Value-added services 8,235 987,198", "Value-added services 8,236 987,198"));
        Assert.DoesNotContain(Findings(fewer, Codes.ConvenienceRounding), d => d.Span.Line == 855);
    }

    [Fact]
    public void Percent_columns_are_checked_exactly()
    {
        var infos = Findings(Bundled.Value, Codes.PercentRounding);
        Assert.Contains(infos, d => d.Span.Line == 670 && d.Message.Contains("-17.2%", StringComparison.Ordinal) && d.Message.Contains("-17.1", StringComparison.Ordinal));
        Assert.Contains(infos, d => d.Span.Line == 857 && d.Message.Contains("67.0", StringComparison.Ordinal) && d.Related[0].Line == 861);
        Assert.Empty(Findings(Bundled.Value, Codes.PercentMismatch));

        var text = File.ReadAllText(TestPaths.Layout.DefaultRelease);
        var more = Run(Edit(text, "Domestic Backbone Costs 1,057 800 32.1%", "Domestic Backbone Costs 1,057 800 38.1%"));
        Assert.Contains(Findings(more, Codes.PercentMismatch), d => d.Span.Line == 671 && d.Message.Contains("38.1%", StringComparison.Ordinal));
        var fewer = Run(Edit(text, "International Backbone Costs 261 449 -41.9% 315 -17.2%", "International Backbone Costs 261 449 -41.9% 315 -17.1%"));
        Assert.DoesNotContain(Findings(fewer, Codes.PercentRounding), d => d.Span.Line == 670);
    }

    [Fact]
    public void Prose_is_tied_to_the_tables()
    {
        var info = Assert.Single(Findings(Bundled.Value, Codes.ProseRounding));
        Assert.Equal(613, info.Span.Line);
        Assert.Equal(670, info.Related[0].Line);
        Assert.Empty(Findings(Bundled.Value, Codes.ProseTableMismatch));
        var prose = Bundled.Value.Review!.Prose;
        Assert.Contains(prose, p => p.Figure.Text == "13.7 億円" && p.Fact is not null);
        Assert.Contains(prose, p => p.Figure.Text == "$ 69.6 million" && p.Fact!.Concept.Name.LocalName == "Revenues");

        var text = File.ReadAllText(TestPaths.Layout.DefaultRelease);
        var more = Run(Edit(text, "Net loss was JPY1,989 million", "Net loss was JPY1,898 million"));
        Assert.Contains(Findings(more, Codes.ProseTableMismatch), d => d.Span.Line == 657 && d.Message.Contains("JPY1,898 million", StringComparison.Ordinal));
        var turned = Run(Edit(text, "1Q02 and a decrease of 0.6% compared to 4Q02", "1Q02 and an increase of 0.6% compared to 4Q02"));
        Assert.Contains(Findings(turned, Codes.ProseTableMismatch), d => d.Span.Line == 469 && d.Message.Contains("an increase of 0.6%", StringComparison.Ordinal) && d.Related[0].Line is 510 or 536 or 853);
        var fewer = Run(Edit(text, "decrease of 17.1% compared to 4Q02 through", "decrease of 17.2% compared to 4Q02 through"));
        Assert.Empty(Findings(fewer, Codes.ProseRounding));
    }

    [Fact]
    public void A_line_item_is_its_concept_and_members_so_a_breakdown_is_told_from_its_total()
    {
        var review = Bundled.Value.Review!;
        Assert.All(review.Context.Trace.Rows, r => Assert.Equal(r.Line.Key, r.Item.ToString()));
        Assert.Contains(review.Context.Trace.Rows, r => r.Item.Members.Count > 0);

        // Total revenues in the text ("8,344 百万円。前年同期比 15.3％減", "$ 69.6 million") are the total, not a service line.
        var total = review.Prose.Where(p => p.Figure.Text is "8,344 百万円" or "前年同期比 15.3％減" or "$ 69.6 million").ToList();
        Assert.Equal(3, total.Count);
        Assert.All(total, p => Assert.Equal("gaap:Revenues", LineItem.Of(p.Fact!).ToString()));

        // A service line's amount and its changes are that member's facts.
        var dedicated = review.Prose.Where(p => p.Figure.Span.Line is 468 or 469).ToList();
        Assert.Equal(3, dedicated.Count);
        Assert.All(dedicated, p => Assert.Equal("gaap:Revenues[gaap:ProductOrServiceAxis=iij:DedicatedAccessServicesMember]", LineItem.Of(p.Fact!).ToString()));
        Assert.Contains("dimensions gaap:ProductOrServiceAxis=iij:DedicatedAccessServicesMember", ReviewReport.Describe(dedicated[0].Fact!), StringComparison.Ordinal);
    }

    [Fact]
    public void A_caption_against_its_signs_is_a_warning_with_the_other_copy()
    {
        var d = Assert.Single(Findings(Bundled.Value, Codes.CaptionSign));
        Assert.Equal(703, d.Span.Line);
        Assert.Contains(d.Related, r => r.Line is 191 or 882);
        Assert.Contains("-390", d.Message, StringComparison.Ordinal);

        var text = File.ReadAllText(TestPaths.Layout.DefaultRelease);
        var fewer = RecaptionedTax(text);
        Assert.Empty(Findings(fewer, Codes.CaptionSign));
        Assert.DoesNotContain(fewer.Diagnostics, x => x.Code == Codes.UnmappedLine.Code);

        // A cash-flow caption turned around ("Increase (decrease)" for a row the mapping negates) is one more case.
        var more = Run(Edit(text, "Decrease (increase) in accounts receivable 35,280", "Increase (decrease) in accounts receivable 35,280"), false,
            yaml => Edit(yaml, "\"Decrease (increase) in accounts receivable\"", "\"Increase (decrease) in accounts receivable\""));
        Assert.Contains(Findings(more, Codes.CaptionSign), x => x.Span.Line == 995 && x.Message.Contains("35,280", StringComparison.Ordinal) && x.Related[0].Line == 299);
    }

    [Fact]
    public void A_note_naming_the_wrong_period_is_a_warning()
    {
        var d = Assert.Single(Findings(Bundled.Value, Codes.PeriodReference));
        Assert.Equal(399, d.Span.Line);
        Assert.Contains("March 31, 2003", d.Message, StringComparison.Ordinal);

        var text = File.ReadAllText(TestPaths.Layout.DefaultRelease);
        var fixedText = Edit(text, "three-month period ended March 31, 2003, and", "three-month period ended June 30, 2003, and");
        Assert.Empty(Findings(Run(fixedText), Codes.PeriodReference));
        var more = Run(Edit(text, "with respect to Jun 30, 2003 are included", "with respect to the three months ended Sep 30, 2001 are included"));
        Assert.Equal(2, Findings(more, Codes.PeriodReference).Count);
        var japanese = Run(Edit(text, "注記(2): 2003年6月26日付け", "注記(2): 2002年12月期の2003年6月26日付け"));
        Assert.Contains(Findings(japanese, Codes.PeriodReference), d => d.Span.Line == 268 && d.Message.Contains("2002-12-31", StringComparison.Ordinal));
    }

    [Fact]
    public void Warnings_as_errors_accepts_the_release_once_only_rounding_is_left()
    {
        var text = File.ReadAllText(TestPaths.Layout.DefaultRelease);
        Assert.Equal(1, Run(text, strict: true).ExitCode);
        text = Edit(text, "three-month period ended March 31, 2003, and", "three-month period ended June 30, 2003, and");
        var result = RecaptionedTax(text, strict: true);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.ConvenienceRounding.Code);
    }

    [Theory]
    [InlineData("1k")]
    [InlineData("10k")]
    public void No_rule_fires_on_the_clean_synthetic_releases(string name)
    {
        var dir = TestPaths.TempDir();
        XbrlGen.Benchmarks.SyntheticRelease.ByName(name).WriteTo(dir);
        var result = Generator.Run(new GenerateOptions(Path.Combine(dir, "release.txt"), Path.Combine(dir, "mapping"), Path.Combine(dir, "out"), TestPaths.Layout.Taxonomy) { WarningsAsErrors = true });
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => ReviewCodes.Any(c => c.Code == d.Code) || d.Code == Codes.CopiesDifferByRounding.Code || d.Code == Codes.CrossCheckRounding.Code || d.Code == Codes.MixedPrecisionSum.Code);
        Assert.True(result.Review!.Coverage.FiledFigures > 0);
    }

    [Fact]
    public void A_release_full_of_figures_in_its_text_is_read_whole()
    {
        // How long this takes is the benchmark's business, not a test's; what is read must be every figure.
        var text = File.ReadAllText(TestPaths.Layout.DefaultRelease);
        const int repeats = 20_000;
        var noise = string.Concat(Enumerable.Repeat("a decrease of 1.5% compared to 4Q02 and JPY 7 million ", repeats));
        var plain = Run(text);
        var result = Run(Edit(text, "Tables to follow", noise + "Tables to follow"));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(plain.Review!.Prose.Count + (2 * repeats), result.Review!.Prose.Count);
    }

    [Fact]
    public void The_next_quarter_finds_the_same_cases()
    {
        var text = File.ReadAllText(TestPaths.Layout.DefaultRelease);
        var next = Run(ShiftQuarter(text));
        Assert.True(next.ExitCode == 0, string.Join("\n", next.Diagnostics.Where(d => d.IsError)));
        Assert.Equal(new DateOnly(2003, 9, 30), next.Filing!.PeriodEnd);
        Assert.Equal(Bundled.Value.Filing!.Facts.Count, next.Filing.Facts.Count);
        Assert.Equal(Bundled.Value.Review!.Prose.Count(p => p.Fact is not null), next.Review!.Prose.Count(p => p.Fact is not null));
        foreach (var code in ReviewCodes)
        {
            Assert.Equal(
                Findings(Bundled.Value, code).Select(d => (d.Span.Line, d.Span.Column)).Order().ToList(),
                Findings(next, code).Select(d => (d.Span.Line, d.Span.Column)).Order().ToList());
        }
    }

    /// <summary>Moves every date of the release one quarter later: dates in both languages, quarter labels, Japanese period headings.</summary>
    internal static string ShiftQuarter(string text)
    {
        string[] months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
        string[] full = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        text = Regex.Replace(text, @"\b(?<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?<sp>\.?\s+)(?<d>\d{1,2})(?<c>,\s*)(?<y>\d{4})", m =>
        {
            var name = m.Groups["m"].Value;
            var index = Array.FindIndex(months, x => name.StartsWith(x, StringComparison.Ordinal));
            var date = new DateOnly(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), index + 1, 1).AddMonths(3);
            var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            var last = DateTime.DaysInMonth(date.Year, date.Month);
            day = day >= DateTime.DaysInMonth(date.AddMonths(-3).Year, date.AddMonths(-3).Month) ? last : Math.Min(day, last);
            var shown = name.Length == 3 ? months[date.Month - 1] : full[date.Month - 1];
            return shown + m.Groups["sp"].Value + day.ToString(CultureInfo.InvariantCulture) + m.Groups["c"].Value + date.Year.ToString(CultureInfo.InvariantCulture);
        });
        text = Regex.Replace(text, @"\b(?<q>[1-4])Q(?<y>\d{2})\b", m =>
        {
            var q = int.Parse(m.Groups["q"].Value, CultureInfo.InvariantCulture);
            var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            return q == 4 ? $"1Q{y + 1:00}" : $"{q + 1}Q{y:00}";
        });
        text = Regex.Replace(text, @"(?<y>\d{4})(?<s>年+)(?<m>\d{1,2})(?<e>月)", m =>
        {
            var date = new DateOnly(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), 1).AddMonths(3);
            return date.Year.ToString(CultureInfo.InvariantCulture) + m.Groups["s"].Value + date.Month.ToString(CultureInfo.InvariantCulture) + m.Groups["e"].Value;
        });
        text = Regex.Replace(text, @"(?<y>\d{4})/(?<m>\d{1,2})/(?<d>\d{1,2})", m =>
        {
            var date = new DateOnly(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), 1).AddMonths(3);
            return $"{date.Year}/{date.Month}/{DateTime.DaysInMonth(date.Year, date.Month)}";
        });
        return text;
    }
}
