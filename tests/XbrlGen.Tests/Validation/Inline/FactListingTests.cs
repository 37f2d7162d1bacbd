using System.Globalization;
using XbrlGen.Diagnostics;
using XbrlGen.Validation.Inline;

namespace XbrlGen.Tests.Validation.Inline;

/// <summary><c>xbrlgen facts</c>: the facts of an Inline XBRL page are those of the instance it stands for, read without the taxonomy.</summary>
public class FactListingTests
{
    /// <summary>A fact as compared: concept, period, dimensions (in any order), unit and value (numbers as numbers).</summary>
    private static string Key(ListedFact f)
    {
        var value = decimal.TryParse(f.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
            ? (d / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture)
            : f.Value;
        var dimensions = string.Join(' ', f.Dimensions.Select(x => x.Axis + "=" + x.Member).Order(StringComparer.Ordinal));
        return string.Join('|', f.Concept, f.Start, f.End, f.Instant, dimensions, f.Unit, f.Nil ? "(nil)" : value);
    }

    [SkippableFact]
    public void The_facts_of_the_SEC_10Q_page_are_exactly_those_of_the_instance_EDGAR_extracted_from_it()
    {
        Skip.If(SharedFilings.Root is null, SharedFilings.AbsentMessage);
        var bag = new DiagnosticBag();
        var page = XbrlGen.Pipeline.FactSource.Read([SharedFilings.Path("sec-aeon-10q-2023q3/aeon-20230930x10q.htm")], bag);
        var instance = XbrlGen.Pipeline.FactSource.Read([SharedFilings.Path("sec-aeon-10q-2023q3/aeon-20230930x10q_htm.xml")], bag);
        Assert.Empty(bag.Items);
        Assert.NotNull(page);
        Assert.NotNull(instance);
        Assert.True(instance.Count > 1000, $"{instance.Count} facts in the instance");
        var fromPage = page.Select(Key).Order(StringComparer.Ordinal).ToList();
        var fromInstance = instance.Select(Key).Order(StringComparer.Ordinal).ToList();
        var onlyPage = fromPage.Except(fromInstance).Take(5).ToList();
        var onlyInstance = fromInstance.Except(fromPage).Take(5).ToList();
        Assert.True(onlyPage.Count == 0 && onlyInstance.Count == 0, $"only in the page: {string.Join("\n", onlyPage)}\nonly in the instance: {string.Join("\n", onlyInstance)}");
        Assert.Equal(fromInstance, fromPage);
    }

    [Fact]
    public void A_page_lists_each_fact_with_its_transformed_scaled_signed_value_period_dimensions_unit_and_line()
    {
        var dir = TestPaths.TempDir();
        var path = Path.Combine(dir, "page.xhtml");
        File.WriteAllText(path, """
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:xbrli="http://www.xbrl.org/2003/instance"
                  xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:iso4217="http://www.xbrl.org/2003/iso4217"
                  xmlns:xbrldi="http://xbrl.org/2006/xbrldi" xmlns:ex="http://example.com/ex" xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12"
                  xmlns:ixt-sec="http://www.sec.gov/inlineXBRL/transformation/2015-08-31">
            <body><div style="display:none"><ix:header><ix:references><link:schemaRef xlink:type="simple" xlink:href="https://example.com/not-here.xsd"/></ix:references>
            <ix:resources>
            <xbrli:context id="d"><xbrli:entity><xbrli:identifier scheme="http://example.com">X</xbrli:identifier>
            <xbrli:segment><xbrldi:explicitMember dimension="ex:SegmentAxis">ex:RetailMember</xbrldi:explicitMember></xbrli:segment></xbrli:entity>
            <xbrli:period><xbrli:startDate>2023-01-01</xbrli:startDate><xbrli:endDate>2023-09-30</xbrli:endDate></xbrli:period></xbrli:context>
            <xbrli:context id="i"><xbrli:entity><xbrli:identifier scheme="http://example.com">X</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:instant>2023-09-30</xbrli:instant></xbrli:period></xbrli:context>
            <xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
            </ix:resources></ix:header></div>
            <p>Revenue <ix:nonFraction name="ex:Revenue" contextRef="d" unitRef="usd" decimals="-3" scale="3" format="ixt:num-dot-decimal">1,234</ix:nonFraction></p>
            <p>Loss <ix:nonFraction name="ex:Loss" contextRef="d" unitRef="usd" decimals="-3" scale="3" sign="-" format="ixt-sec:numwordsen">five</ix:nonFraction></p>
            <p>As of <ix:nonNumeric name="ex:Date" contextRef="i" format="ixt:date-monthname-day-year-en">September 30, 2023</ix:nonNumeric></p>
            </body></html>
            """);
        var bag = new DiagnosticBag();
        var facts = XbrlGen.Pipeline.FactSource.Read([path], bag);
        Assert.Empty(bag.Items);
        Assert.NotNull(facts);
        Assert.Collection(facts,
            f =>
            {
                Assert.Equal(("ex:Revenue", "2023-01-01", "2023-09-30", null, "1234000", "iso4217:USD", "-3", 13), (f.Concept, f.Start, f.End, f.Instant, f.Value, f.Unit, f.Decimals, f.Source.Line));
                Assert.Equal("ex:SegmentAxis=ex:RetailMember", FactListing.DimensionText(f.Dimensions));
            },
            f => Assert.Equal(("ex:Loss", "-5000"), (f.Concept, f.Value)),
            f => Assert.Equal(("ex:Date", "2023-09-30", (string?)null, "2023-09-30"), (f.Concept, f.Instant, f.Unit, f.Value)));

        var csv = new StringWriter();
        FactListing.WriteCsv(facts, csv, _ => "page.xhtml");
        Assert.StartsWith("concept,start,end,instant,dimensions,unit,decimals,value,file,line\nex:Revenue,2023-01-01,2023-09-30,,ex:SegmentAxis=ex:RetailMember,iso4217:USD,-3,1234000,page.xhtml,13\n", csv.ToString(), StringComparison.Ordinal);
        var json = new StringWriter();
        FactListing.WriteJson(facts, json, _ => "page.xhtml");
        Assert.StartsWith("""{"concept":"ex:Revenue","start":"2023-01-01","end":"2023-09-30","instant":null,"dimensions":{"ex:SegmentAxis":"ex:RetailMember"},"unit":"iso4217:USD","decimals":"-3","value":"1234000","file":"page.xhtml","line":13}""", json.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_transformation_a_page_uses_wrongly_is_a_coded_error_not_a_row()
    {
        var dir = TestPaths.TempDir();
        var path = Path.Combine(dir, "page.xhtml");
        File.WriteAllText(path, """
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:xbrli="http://www.xbrl.org/2003/instance"
                  xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:ex="http://example.com/ex"
                  xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2011-07-31">
            <body><ix:header><ix:references><link:schemaRef xlink:type="simple" xlink:href="https://example.com/not-here.xsd"/></ix:references>
            <ix:resources><xbrli:context id="i"><xbrli:entity><xbrli:identifier scheme="http://example.com">X</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:instant>2023-09-30</xbrli:instant></xbrli:period></xbrli:context>
            </ix:resources></ix:header>
            <p><ix:nonNumeric name="ex:A" contextRef="i" format="ixt:num-dot-decimal">1</ix:nonNumeric></p>
            <p><ix:nonNumeric name="ex:B" contextRef="i" format="ixt:datelonguk">1 March 2010</ix:nonNumeric></p>
            </body></html>
            """);
        var bag = new DiagnosticBag();
        Assert.Null(XbrlGen.Pipeline.FactSource.Read([path], bag));
        Assert.Equal(2, bag.Items.Count(d => d.Code == "ix11.10.1.2:invalidTransformation"));
        Assert.Contains(bag.Items, d => d.Message.Contains("Transformation Registry 2 (2011-07-31)", StringComparison.Ordinal) && d.Message.Contains("ixt:num-dot-decimal", StringComparison.Ordinal));
    }
}
