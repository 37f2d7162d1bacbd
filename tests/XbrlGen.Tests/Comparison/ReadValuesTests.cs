using System.Xml.Linq;
using XbrlGen.Diagnostics;
using XbrlGen.Validation.Dimensions;
using XbrlGen.Validation.Instances;
using XbrlGen.Validation;
using XbrlGen.Xbrl;

namespace XbrlGen.Tests.Comparison;

/// <summary>
/// <see cref="InstanceValidator.ReadValues"/>, the reader <c>diff</c> uses, reads what <see cref="InstanceValidator.Read"/>
/// reads: the same facts, and the same contexts (entity, period, dimension values and places), short of the equality
/// key and class only the rules use.
/// </summary>
public sealed class ReadValuesTests
{
    private static TaxonomyCatalog Catalog() => TaxonomyCatalog.Load(TestPaths.Layout.Taxonomy, new DiagnosticBag())!;

    /// <summary>The bundled instance, with contexts of other shapes added before its first fact.</summary>
    private static string Instance(string extraContexts)
    {
        var (result, folder) = DiffTests.Bundled.Value;
        var dir = TestPaths.TempDir();
        foreach (var f in Directory.GetFiles(folder))
        {
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        }

        var path = Path.Combine(dir, result.Filing!.InstanceFile);
        var text = File.ReadAllText(path);
        var at = text.IndexOf("<xbrli:context ", StringComparison.Ordinal);
        File.WriteAllText(path, text[..at] + extraContexts + text[at..]);
        return path;
    }

    private const string OtherShapes = """
      <xbrli:context id="Forever">
        <xbrli:entity>
          <xbrli:identifier scheme="http://www.sec.gov/CIK"> 0001090633 </xbrli:identifier>
        </xbrli:entity>
        <xbrli:period><xbrli:forever/></xbrli:period>
      </xbrli:context>
      <xbrli:context id="InstantScenario">
        <xbrli:entity>
          <xbrli:identifier scheme="http://www.sec.gov/CIK">0001090633</xbrli:identifier>
        </xbrli:entity>
        <xbrli:period><xbrli:instant>2003-06-30T12:00:00</xbrli:instant></xbrli:period>
        <xbrli:scenario>
          <xbrldi:explicitMember xmlns:x="http://xbrlgen.org/taxonomy/2003/gaap" dimension="x:ProductOrServiceAxis">iij:ConnectivityServicesMember</xbrldi:explicitMember>
          <xbrldi:typedMember dimension="gaap:ProductOrServiceAxis"><t:Code xmlns:t="urn:example">
            1 </t:Code></xbrldi:typedMember>
          <t:Other xmlns:t="urn:example">text</t:Other>
        </xbrli:scenario>
      </xbrli:context>
      <xbrli:context id="Segment">
        <xbrli:entity>
          <xbrli:identifier scheme="http://www.sec.gov/CIK">0001090633</xbrli:identifier>
          <xbrli:segment>
            <xbrldi:explicitMember dimension="gaap:ProductOrServiceAxis"><!-- a comment -->iij:Connectivity<![CDATA[ServicesMember]]></xbrldi:explicitMember>
            <xbrldi:explicitMember dimension="undeclared:Axis">none:Member</xbrldi:explicitMember>
          </xbrli:segment>
        </xbrli:entity>
        <xbrli:period><xbrli:startDate>2003-07-01</xbrli:startDate><xbrli:endDate>2003-06-30</xbrli:endDate></xbrli:period>
      </xbrli:context>

    """;

    [Fact]
    public void The_values_read_for_a_comparison_are_the_values_the_validator_reads()
    {
        var path = Instance(OtherShapes);
        // One set of caches for both reads: one DTS, so the facts name the same concepts.
        var options = new ValidationOptions();
        var full = InstanceValidator.Read(path, Catalog(), options, new DiagnosticBag())!.Model;
        var bag = new DiagnosticBag();
        var values = InstanceValidator.ReadValues(DocumentSource.File(path), Catalog(), options, bag)!.Model;

        Assert.Equal(full.Facts, values.Facts);
        Assert.Equal(full.Contexts.Keys.Order(StringComparer.Ordinal), values.Contexts.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, context) in full.Contexts)
        {
            var read = values.Contexts[id];
            Assert.Equal(context with { EqualityKey = string.Empty, Class = -1, Dimensions = ContextDimensions.None }, read with { Dimensions = ContextDimensions.None });
            Assert.Equal(context.Dimensions.SegmentOther, read.Dimensions.SegmentOther);
            Assert.Equal(context.Dimensions.ScenarioOther, read.Dimensions.ScenarioOther);
            Assert.Equal(context.Dimensions.Values, read.Dimensions.Values);
        }

        Assert.Equal(2, values.Contexts["InstantScenario"].Dimensions.Values.Count);
        Assert.Equal(1, values.Contexts["InstantScenario"].Dimensions.ScenarioOther);
        Assert.Equal(XName.Get("ConnectivityServicesMember", "http://www.iij.ad.jp/xbrl/iij"), values.Contexts["Segment"].Dimensions.Values[0].Member);
        Assert.Contains(bag.Items, d => d.Code == Codes.PeriodDates.Code);
    }

    [Fact]
    public void A_context_nested_too_deep_is_unreadable()
    {
        var deep = string.Concat(Enumerable.Repeat("<t:a xmlns:t=\"urn:example\">", SafeXml.MaxDepth)) + string.Concat(Enumerable.Repeat("</t:a>", SafeXml.MaxDepth));
        var path = Instance("<xbrli:context id=\"Deep\"><xbrli:entity><xbrli:identifier scheme=\"s\">i</xbrli:identifier><xbrli:segment>" + deep
            + "</xbrli:segment></xbrli:entity><xbrli:period><xbrli:forever/></xbrli:period></xbrli:context>\n");
        var bag = new DiagnosticBag();
        Assert.Null(InstanceValidator.ReadValues(DocumentSource.File(path), Catalog(), new ValidationOptions(), bag));
        Assert.Contains(bag.Items, d => d.Code == Codes.XmlTooLarge.Code);
    }
}
