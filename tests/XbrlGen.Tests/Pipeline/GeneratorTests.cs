using System.Globalization;
using System.Xml.Linq;
using XbrlGen.Pipeline;
using XbrlGen.Diagnostics;

namespace XbrlGen.Tests.Pipeline;

/// <summary>The whole pipeline on the bundled release, asserting figures the release prints.</summary>
public class GeneratorTests
{
    private static readonly XNamespace Gaap = "http://xbrlgen.org/taxonomy/2003/gaap";
    private static readonly Lazy<(GenerateResult Result, string Out)> Bundled = new(() =>
    {
        var options = TestPaths.Options();
        return (Generator.Run(options), options.Output);
    });

    private static XDocument Instance() => XDocument.Load(Path.Combine(Bundled.Value.Out, "iij-20030630.xml"));

    private static string Fact(XDocument doc, string concept, string context, string unit = "JPY") =>
        doc.Root!.Elements(Gaap + concept).Single(e => (string?)e.Attribute("contextRef") == context && (string?)e.Attribute("unitRef") == unit).Value;

    [Fact]
    public void Generates_the_filing_its_pages_its_json_report_the_review_page_its_packages_and_the_manifest()
    {
        var (result, output) = Bundled.Value;
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        Assert.Equal(
            [AtomicOutput.ManifestName, "iij-20030630-en.xhtml", "iij-20030630-ja.xhtml", "iij-20030630-review.html", "iij-20030630.json", "iij-20030630.xbr", "iij-20030630.xbri", "iij-20030630.xml", "iij-20030630.xsd", "iij-20030630_cal.xml", "iij-20030630_def.xml", "iij-20030630_lab.xml", "iij-20030630_pre.xml", "xbrlgen-taxonomy-2003.zip"],
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Facts_carry_the_release_figures_at_their_printed_scale()
    {
        var doc = Instance();
        Assert.Equal("8344046000", Fact(doc, "Revenues", "D20030401_20030630"));
        Assert.Equal("69609000", Fact(doc, "Revenues", "D20030401_20030630", "USD"));
        Assert.Equal("-390035000", Fact(doc, "IncomeTaxExpenseBenefit", "D20030401_20030630"));
        Assert.Equal("-201701000", Fact(doc, "NetIncomeLossAttributableToNoncontrollingInterest", "D20030401_20030630"));
        Assert.Equal("-4229010000", Fact(doc, "IncreaseDecreaseInAccountsReceivable", "D20030401_20030630"));
        Assert.Equal("-87970", Fact(doc, "EarningsPerShareBasic", "D20030401_20030630", "perShare"));
        var revenue = doc.Root!.Elements(Gaap + "Revenues").First();
        Assert.Equal("-3", (string?)revenue.Attribute("decimals"));
    }

    [Fact]
    public void The_revenue_and_cost_breakdowns_are_on_the_product_or_service_axis()
    {
        var doc = Instance();
        Assert.Equal("3321229000", Fact(doc, "Revenues", "D20030401_20030630_DedicatedAccessServicesMember"));
        Assert.Equal("767418000", Fact(doc, "Revenues", "D20030401_20030630_DialUpAccessServicesMember"));
        Assert.Equal("4089000000", Fact(doc, "Revenues", "D20030401_20030630_ConnectivityServicesMember"));
        Assert.Equal("340569000", Fact(doc, "Revenues", "D20030401_20030630_ProductMember"));
        Assert.Equal("310946000", Fact(doc, "CostOfRevenue", "D20030401_20030630_ProductMember"));
        XNamespace xbrli = "http://www.xbrl.org/2003/instance";
        XNamespace xbrldi = "http://xbrl.org/2006/xbrldi";
        var context = doc.Root!.Elements(xbrli + "context").Single(c => (string?)c.Attribute("id") == "D20030401_20030630_DialUpAccessServicesMember");
        var member = Assert.Single(context.Descendants(xbrldi + "explicitMember"));
        Assert.Equal("gaap:ProductOrServiceAxis", (string?)member.Attribute("dimension"));
        Assert.Equal("iij:DialUpAccessServicesMember", member.Value);
        Assert.Equal("segment", member.Parent!.Name.LocalName);

        // No extension line item for a service line is left, and no context writes the axis's default.
        XNamespace iij = "http://www.iij.ad.jp/xbrl/iij";
        Assert.DoesNotContain(doc.Root.Elements(), e => e.Name.Namespace == iij && e.Name.LocalName.EndsWith("Revenue", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Descendants(xbrldi + "explicitMember"), m => m.Value == "gaap:ProductsAndServicesDomain");
    }

    [Fact]
    public void Beginning_cash_equals_the_balance_sheet_cash_at_March_31()
    {
        var doc = Instance();
        var beginning = Fact(doc, "CashAndCashEquivalentsAtCarryingValue", "I20030331");
        Assert.Equal("3588352000", beginning);
        Assert.Equal("2819007000", Fact(doc, "CashAndCashEquivalentsAtCarryingValue", "I20030630"));
        Assert.Equal("11045919000", Fact(doc, "CashAndCashEquivalentsAtCarryingValue", "I20020331"));
    }

    [Fact]
    public void Every_fact_is_in_the_instance_exactly_once()
    {
        var facts = Instance().Root!.Elements().Where(e => e.Attribute("contextRef") is not null)
            .Select(e => e.Name + "|" + (string?)e.Attribute("contextRef") + "|" + (string?)e.Attribute("unitRef")).ToList();
        Assert.Equal(facts.Count, facts.Distinct().Count());
        Assert.True(facts.Count > 400);
    }

    [Fact]
    public void The_release_inconsistencies_are_warnings_with_both_lines()
    {
        var d = Bundled.Value.Result.Diagnostics;
        // One unit apart in the last printed digit, in columns that foot: rounding-level, an info of its own code.
        var other = Assert.Single(d, x => x.Code == Codes.CopiesDifferByRounding.Code);
        Assert.Equal(702, other.Span.Line);
        Assert.Contains(other.Related, r => r.Line is 187 or 878);
        Assert.Contains(d, x => x.Code == Codes.CrossCheckRounding.Code && x.Message.Contains("1,365,423", StringComparison.Ordinal));
        Assert.Contains(d, x => x.Code == Codes.MixedPrecisionSum.Code && x.Span.Line == 56);
    }

    [Fact]
    public void Regenerating_changes_no_byte_whatever_the_culture()
    {
        var expected = Bundled.Value.Out;
        foreach (var culture in new[] { "de-DE", "tr-TR", "ja-JP", "ar-SA", string.Empty })
        {
            var previous = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            try
            {
                var options = TestPaths.Options();
                Assert.Equal(0, Generator.Run(options).ExitCode);
                foreach (var file in Directory.GetFiles(expected))
                {
                    Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(options.Output, Path.GetFileName(file))));
                }
            }
            finally
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = previous;
            }
        }
    }

    [Fact]
    public void The_committed_output_folder_is_what_generate_makes()
    {
        Assert.Equal(Directory.GetFiles(Bundled.Value.Out).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Directory.GetFiles(TestPaths.Layout.Output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var file in Directory.GetFiles(Bundled.Value.Out))
        {
            var committed = Path.Combine(TestPaths.Layout.Output, Path.GetFileName(file));
            Assert.True(File.Exists(committed), committed + " is missing: run the generate command");
            Assert.True(File.ReadAllBytes(committed).SequenceEqual(File.ReadAllBytes(file)), committed + " differs from what generate makes: review the diff and run the generate command");
        }
    }

    [Fact]
    public void A_figure_changed_without_its_total_fails_naming_its_line()
    {
        // English Appendix 1 only: the Japanese copy now disagrees at the same precision.
        var release = TestPaths.ReleaseWith(t => t.Replace("      Dedicated access services 27,707 3,321,229", "      Dedicated access services 27,707 3,331,229", StringComparison.Ordinal));
        var options = TestPaths.Options(release);
        var result = Generator.Run(options);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.IsError && (d.Span.Line == 853 || d.Related.Any(r => r.Line == 853)));
        Assert.False(Directory.Exists(options.Output));
    }

    [Fact]
    public void A_figure_changed_in_both_languages_without_its_total_fails_the_calculation()
    {
        var release = TestPaths.ReleaseWith(t => t
            .Replace("専用線接続サービス 27,707 3,321,229", "専用線接続サービス 27,707 3,331,229", StringComparison.Ordinal)
            .Replace("Dedicated access services 27,707 3,321,229", "Dedicated access services 27,707 3,331,229", StringComparison.Ordinal));
        var result = Generator.Run(TestPaths.Options(release));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.TotalDoesNotFoot.Code && d.Related.Any(r => r.Line == 853) && d.Related.Any(r => r.Line == 164));

        // The breakdown is dimensional: its total is named with its member, though no calculation linkbase holds the summation.
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.TotalDoesNotFoot.Code && d.Message.StartsWith("gaap:Revenues[gaap:ProductOrServiceAxis=iij:ConnectivityAndValueAddedServicesMember]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_failure_after_writing_started_leaves_the_previous_output_untouched()
    {
        var options = TestPaths.Options();
        Assert.Equal(0, Generator.Run(options).ExitCode);
        var before = Directory.GetFiles(options.Output).ToDictionary(f => f, File.ReadAllBytes);
        var failing = options with { AfterFileWritten = path => { if (path.EndsWith(".xsd", StringComparison.Ordinal)) { throw new IOException("disk full (injected)"); } } };
        var result = Generator.Run(failing);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.OutputFailed.Code);
        Assert.All(before, kv => Assert.Equal(kv.Value, File.ReadAllBytes(kv.Key)));
        Assert.DoesNotContain(Directory.GetDirectories(Path.GetDirectoryName(options.Output)!), d => d.Contains(".tmp-", StringComparison.Ordinal));
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_refused()
    {
        var file = Path.Combine(TestPaths.TempDir(), "out");
        File.WriteAllText(file, "not a folder");
        var result = Generator.Run(TestPaths.Options(output: file));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.OutputIsFile.Code);
        Assert.Equal("not a folder", File.ReadAllText(file));
    }
}
