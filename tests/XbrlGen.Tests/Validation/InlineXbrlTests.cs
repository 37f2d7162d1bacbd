using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using XbrlGen.Diagnostics;
using XbrlGen.Tests.Rendering;
using XbrlGen.Validation.Inline;
using XbrlGen.Validation.Instances;
using XbrlGen.Validation;

namespace XbrlGen.Tests.Validation;

/// <summary>
/// <c>validate</c> on Inline XBRL: the generated pages, each alone and as the set, are valid; a tampered figure, a
/// figure the transformation cannot read, and a fact whose context is not in <c>ix:header</c> are not, and the errors
/// name the page and line. The reader's own mechanics (scale, sign, continuations, exclusions, hidden facts) are
/// checked on a small set made here.
/// </summary>
public class InlineXbrlTests(GeneratedFiling generated) : IClassFixture<GeneratedFiling>
{
    private static readonly TaxonomyCatalog Catalog = TaxonomyCatalog.Load(TestPaths.Layout.Taxonomy, new DiagnosticBag())!;

    private string En => generated.Page(Model.Language.En);

    private string Ja => generated.Page(Model.Language.Ja);

    [Fact]
    public void Each_page_and_the_set_are_valid()
    {
        foreach (var set in new[] { new[] { En }, [Ja], [En, Ja] })
        {
            var bag = Validate(set);
            Assert.False(bag.HasErrors, string.Join(" + ", set) + ": " + string.Join("\n", bag.Items));
        }
    }

    [Fact]
    public void The_set_holds_every_fact_of_the_filing_once()
    {
        var target = InlineXbrlReader.Read([En, Ja], new DiagnosticBag())!;
        var facts = target.Instance.Root!.Elements().Where(e => e.Attribute("contextRef") is not null).ToList();
        Assert.Equal(generated.Filing.Facts.Count, facts.Count);
        Assert.Equal(facts.Count, facts.Select(f => (string?)f.Attribute("id")).Distinct().Count());
    }

    [Fact]
    public void A_tampered_figure_breaks_its_summation_on_the_page_that_shows_it()
    {
        var total = Printed("OperatingIncomeLoss"); // the total of revenues less costs and expenses
        var tampered = Tamper(En, ">" + Digits(total) + "</ix:nonFraction>", ">" + Bump(Digits(total)) + "</ix:nonFraction>");
        var bag = Validate([tampered, Ja]);
        var errors = bag.Items.Where(d => d.IsError && d.Code == "calc11.roundingInconsistency" && d.Message.StartsWith("OperatingIncomeLoss", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal((tampered, TestPaths.LineOf(tampered, Bump(Digits(total)))), (e.Span.File, e.Span.Line)));
    }

    [Fact]
    public void The_inline_report_package_is_one_valid_document_set()
    {
        var xbri = Path.Combine(generated.Folder, generated.Filing.BaseName + ".xbri");

        var (exit, stdout, _) = Outcome.Cli("validate", xbri);

        Assert.True(exit == 0, stdout);
        Assert.EndsWith($"{xbri}: valid (418 facts, 44 contexts, 8 units)", stdout.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_inline_report_package_holds_the_pages_that_hold_facts_and_not_a_reading_copy()
    {
        var plan = XbrlGen.Rendering.InlinePlan.Create(generated.Filing);
        using var archive = ZipFile.OpenRead(Path.Combine(generated.Folder, generated.Filing.BaseName + ".xbri"));
        var pages = archive.Entries.Select(e => e.Name).Where(n => n.EndsWith(".xhtml", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(plan.PagesWithFacts.Select(generated.Filing.InlineFile).Order(StringComparer.Ordinal), pages);
        var secondary = plan.Pages[1];
        Assert.Equal(secondary.Figures().Any(f => f.Tagged), pages.Contains(generated.Filing.InlineFile(secondary.Language)));
        Assert.Contains(generated.Filing.InlineFile(plan.Primary), pages);
    }

    [Fact]
    public void A_tampered_figure_inside_the_inline_report_package_is_an_error_on_its_page_in_the_package()
    {
        var revenues = Digits(Printed("Revenues"));
        var entries = new List<(string Name, byte[] Bytes)>();
        using (var archive = ZipFile.OpenRead(Path.Combine(generated.Folder, generated.Filing.BaseName + ".xbri")))
        {
            foreach (var entry in archive.Entries)
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                var bytes = copy.ToArray();
                if (entry.FullName.EndsWith(generated.Filing.InlineFile(Model.Language.En), StringComparison.Ordinal))
                {
                    var text = Encoding.UTF8.GetString(bytes);
                    Assert.Contains(">" + revenues + "</ix:nonFraction>", text, StringComparison.Ordinal);
                    bytes = Encoding.UTF8.GetBytes(text.Replace(">" + revenues + "</ix:nonFraction>", ">" + Bump(revenues) + "</ix:nonFraction>", StringComparison.Ordinal));
                }

                entries.Add((entry.FullName, bytes));
            }
        }

        var tampered = Path.Combine(TestPaths.TempDir(), "tampered.xbri");
        using (var zip = ZipFile.Open(tampered, ZipArchiveMode.Create))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(bytes);
            }
        }

        var (exit, stdout, _) = Outcome.Cli("validate", tampered);

        Assert.Equal(1, exit);
        Assert.Contains($"{tampered}/", stdout, StringComparison.Ordinal);
        Assert.Contains(generated.Filing.InlineFile(Model.Language.En) + "(", stdout, StringComparison.Ordinal);
        Assert.Contains("calc11.roundingInconsistency", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_the_transformation_cannot_read_is_an_error()
    {
        var revenues = Printed("Revenues");
        var tampered = Tamper(En, ">" + Digits(revenues) + "</ix:nonFraction>", ">" + Digits(revenues).Replace('0', 'O') + "</ix:nonFraction>");
        var bag = Validate([tampered]);
        Assert.Contains(bag.Items, d => d.IsError && d.Code == "ix11.10.1.1:transformValueError" && d.Span.File == tampered);
    }

    [Fact]
    public void A_fact_whose_context_is_not_in_the_header_is_an_error()
    {
        var page = File.ReadAllText(En);
        var at = page.IndexOf("<ix:nonFraction", StringComparison.Ordinal);
        var tag = page.IndexOf("contextRef=\"", at, StringComparison.Ordinal) + "contextRef=\"".Length;
        var end = page.IndexOf('"', tag);
        var tampered = Write(page[..tag] + "Dnowhere" + page[end..]);
        Assert.DoesNotContain(generated.Filing.Contexts, c => c.Id == "Dnowhere");
        var bag = Validate([tampered]);
        var error = Assert.Single(bag.Items, d => d.IsError);
        Assert.Equal("xbrl.4.6.1", error.Code);
        Assert.Contains("'Dnowhere'", error.Message, StringComparison.Ordinal);
        Assert.Equal(tampered, error.Span.File);
    }

    [Fact]
    public void A_page_that_is_not_valid_XHTML_is_a_schema_error_at_its_line()
    {
        var tampered = Tamper(En, "<div class=\"page\">", "<main class=\"page\">");
        var text = File.ReadAllText(tampered);
        var last = text.LastIndexOf("</div>", StringComparison.Ordinal);
        File.WriteAllText(tampered, text[..last] + "</main>" + text[(last + "</div>".Length)..]);
        var bag = Validate([tampered]);
        var error = Assert.Single(bag.Items, d => d.IsError);
        Assert.Equal("xmlSchema", error.Code);
        Assert.Contains("'main'", error.Message, StringComparison.Ordinal);
        Assert.Equal((tampered, TestPaths.LineOf(tampered, "<main class=")), (error.Span.File, error.Span.Line));
    }

    [Fact]
    public void A_page_without_its_header_cannot_stand_alone()
    {
        var page = File.ReadAllText(Ja);
        var start = page.IndexOf("<ix:header>", StringComparison.Ordinal);
        var end = page.IndexOf("</ix:header>", StringComparison.Ordinal) + "</ix:header>".Length;
        var bag = Validate([Write(page[..start] + page[end..])]);
        Assert.Contains(bag.Items, d => d.Code == "ix11.8.1.3:missingHeader");
    }

    [Fact]
    public void The_reader_applies_scale_sign_continuations_exclusions_and_hidden_facts()
    {
        const string Head = """
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12" xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:iso4217="http://www.xbrl.org/2003/iso4217" xmlns:gaap="http://xbrlgen.org/taxonomy/2003/gaap" xmlns:dei="http://xbrlgen.org/taxonomy/2003/dei">
            """;
        var first = Write(Head + """
            <body><div style="display:none"><ix:header>
            <ix:hidden><ix:nonNumeric name="dei:DocumentType" contextRef="D" id="h1">6-K</ix:nonNumeric></ix:hidden>
            <ix:references><link:schemaRef xlink:type="simple" xlink:href="x.xsd"/></ix:references>
            <ix:resources><xbrli:unit id="JPY"><xbrli:measure>iso4217:JPY</xbrli:measure></xbrli:unit></ix:resources>
            </ix:header></div>
            <p>Loss (<ix:nonFraction name="gaap:OperatingIncomeLoss" contextRef="D" unitRef="JPY" decimals="-3" scale="3" sign="-" format="ixt:num-dot-decimal" id="a">1,059,574</ix:nonFraction>)
            and <ix:nonFraction name="gaap:Revenues" contextRef="D" unitRef="JPY" decimals="0" format="ixt:fixed-zero" id="b">-</ix:nonFraction></p>
            <p><ix:nonNumeric name="dei:EntityRegistrantName" contextRef="D" continuedAt="c1" id="c">Internet <ix:exclude>(page 1)</ix:exclude>Initiative</ix:nonNumeric></p>
            </body></html>
            """);
        var second = Write(Head + """
            <body><p><ix:continuation id="c1"> Japan Inc.</ix:continuation></p></body></html>
            """);
        var bag = new DiagnosticBag();
        var target = InlineXbrlReader.Read([first, second], bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        var facts = target!.Instance.Root!.Elements().Where(e => e.Attribute("contextRef") is not null).ToDictionary(e => e.Name.LocalName, e => e.Value);
        Assert.Equal("-1059574000", facts["OperatingIncomeLoss"]);
        Assert.Equal("0", facts["Revenues"]);
        Assert.Equal("Internet Initiative Japan Inc.", facts["EntityRegistrantName"]);
        Assert.Equal("6-K", facts["DocumentType"]);
        Assert.Single(target.Instance.Root!.Elements(XName.Get("schemaRef", "http://www.xbrl.org/2003/linkbase")));
    }

    [Fact]
    public void A_continuation_nobody_continues_into_is_an_error()
    {
        var page = File.ReadAllText(Ja).Replace("</body>", "<p><ix:continuation id=\"lost\">text</ix:continuation></p></body>", StringComparison.Ordinal);
        var bag = new DiagnosticBag();
        InlineXbrlReader.Read([Write(page)], bag);
        Assert.Contains(bag.Items, d => d.Code == "ix11.4.1.2:continuationNotReferenced");
    }

    private static DiagnosticBag Validate(IReadOnlyList<string> pages)
    {
        var bag = new DiagnosticBag();
        InlineValidator.Validate(pages, Catalog, new ValidationOptions(), bag);
        return bag;
    }

    private Model.PrintedFigure Printed(string concept) =>
        generated.Filing.Layout.Tables.Where(t => t.Language == Model.Language.En).SelectMany(t => t.Rows).SelectMany(r => r.Figures)
            .First(f => f.Fact is { } fact && fact.Concept.Name.LocalName == concept && fact.Context.Members.Count == 0 && fact.Unit?.Id == "JPY" && f.Scale == 3 && fact.Context.Period.End == generated.Filing.PeriodEnd);

    private static string Digits(Model.PrintedFigure figure) => figure.Text.Trim('(', ')');

    /// <summary>The printed figure with its last digit changed by one.</summary>
    private static string Bump(string digits) => digits[..^1] + (char)('0' + ((digits[^1] - '0' + 1) % 10));

    /// <summary>A copy of a page, beside the generated one (its schema resolves there), with one edit.</summary>
    private string Tamper(string page, string from, string to)
    {
        var text = File.ReadAllText(page);
        Assert.Contains(from, text, StringComparison.Ordinal);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return Write(text[..at] + to + text[(at + from.Length)..]);
    }

    private string Write(string text)
    {
        var path = Path.Combine(generated.Folder, "tampered-" + Guid.NewGuid().ToString("N")[..8] + ".xhtml");
        File.WriteAllText(path, text);
        return path;
    }
}
