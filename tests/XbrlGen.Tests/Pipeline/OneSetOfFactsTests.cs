using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using XbrlGen.Diagnostics;
using XbrlGen.Pipeline;
using XbrlGen.Rendering;
using XbrlGen.Tests.Rendering;
using XbrlGen.Validation.Inline;
using XbrlGen.Validation;

namespace XbrlGen.Tests.Pipeline;

/// <summary>
/// The xBRL-XML instance, the Inline XBRL document set and the xBRL-JSON report that <c>generate</c> writes carry the
/// same facts: concept, entity, period, dimensions, unit, decimals and value. And <c>convert</c> turns the instance and
/// the pages into the same report.
/// </summary>
public class OneSetOfFactsTests(GeneratedFiling generated) : IClassFixture<GeneratedFiling>
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => Outcome.Cli(args);

    private string File(string name) => Path.Combine(generated.Folder, name);

    [Fact]
    public void The_instance_the_pages_and_the_json_report_carry_the_same_facts()
    {
        var instance = Keys(Converter.Facts(XDocument.Load(File(generated.Filing.InstanceFile))));
        var bag = new DiagnosticBag();
        var target = InlineXbrlReader.Read([generated.Page(Model.Language.En), generated.Page(Model.Language.Ja)], bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        var inline = Keys(Converter.Facts(target!.Instance));
        var json = JsonKeys(System.IO.File.ReadAllText(File(generated.Filing.JsonFile)));

        Assert.Equal(generated.Filing.Facts.Count, instance.Count);
        Assert.Equal(instance, inline);
        Assert.Equal(instance, json);
        Assert.Contains(instance, k => k.Concept == "gaap:Revenues" && k.Value == "8344046000" && k.Decimals == "-3" && k.Unit == "iso4217:JPY");
    }

    [Fact]
    public void Convert_writes_the_instance_as_the_generated_json_report()
    {
        var output = Path.Combine(TestPaths.TempDir(), "report.json");
        var (exit, _, err) = Run("convert", File(generated.Filing.InstanceFile), "--to", "json", "--out", output);
        Assert.True(exit == 0, err);
        // The report's taxonomy reference is relative to where it is written.
        var expected = System.IO.File.ReadAllText(File(generated.Filing.JsonFile)).Replace(
            "\"" + generated.Filing.SchemaFile + "\"", "\"" + Path.GetRelativePath(Path.GetDirectoryName(output)!, File(generated.Filing.SchemaFile)) + "\"", StringComparison.Ordinal);
        Assert.Equal(expected, System.IO.File.ReadAllText(output));
    }

    [Fact]
    public void Convert_writes_the_pages_as_an_instance_that_validates_with_the_same_facts()
    {
        var output = File("from-pages.xml");
        var (exit, stdout, err) = Run("convert", generated.Page(Model.Language.En), generated.Page(Model.Language.Ja), "--to", "xml", "--out", output);
        Assert.True(exit == 0, err);
        Assert.Contains($"{generated.Filing.Facts.Count} facts", stdout, StringComparison.Ordinal);
        var (validateExit, validateOut, _) = Run("validate", output);
        Assert.True(validateExit == 0, validateOut);
        Assert.Equal(Keys(Converter.Facts(XDocument.Load(File(generated.Filing.InstanceFile)))), Keys(Converter.Facts(XDocument.Load(output))));
    }

    [Fact]
    public void Convert_writes_nothing_for_an_input_that_does_not_validate()
    {
        var page = System.IO.File.ReadAllText(generated.Page(Model.Language.En));
        var at = page.IndexOf("format=\"ixt:num-dot-decimal\"", StringComparison.Ordinal);
        var bad = File("bad-page.xhtml");
        System.IO.File.WriteAllText(bad, page[..at] + "format=\"ixt:no-such-transform\"" + page[(at + "format=\"ixt:num-dot-decimal\"".Length)..]);
        var output = File("bad-page.json");
        var (exit, _, err) = Run("convert", bad, "--to", "json");
        Assert.Equal(1, exit);
        Assert.Contains("ix11.10.1.2:invalidTransformation", err, StringComparison.Ordinal);
        Assert.False(System.IO.File.Exists(output));
    }

    [Fact]
    public void Convert_refuses_bad_usage_with_a_coded_message()
    {
        var (exit, _, err) = Run("convert", File(generated.Filing.InstanceFile), "--to", "yaml");
        Assert.Equal(2, exit);
        Assert.Contains(Codes.Usage.Code, err, StringComparison.Ordinal);

        (exit, _, err) = Run("convert", File("no-such-file.xml"), "--to", "json");
        Assert.NotEqual(0, exit);
        Assert.Contains("no-such-file.xml", err, StringComparison.Ordinal);

        (exit, _, err) = Run("convert", File(generated.Filing.InstanceFile), "--to", "xml", "--out", File(generated.Filing.InstanceFile));
        Assert.Equal(2, exit);
        Assert.Contains($"error {Codes.ConvertOverwrite.Code}: ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_takes_pages_named_together_as_one_set()
    {
        var (exit, output, _) = Run("validate", generated.Page(Model.Language.En), generated.Page(Model.Language.Ja));
        Assert.Equal(0, exit);
        Assert.StartsWith($"{generated.Page(Model.Language.En)} + {generated.Page(Model.Language.Ja)}: valid (", output.TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_dimensions_of_a_context_become_json_dimensions()
    {
        var instance = XDocument.Parse("""
            <xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:xbrldi="http://xbrl.org/2006/xbrldi" xmlns:iso4217="http://www.xbrl.org/2003/iso4217" xmlns:gaap="http://xbrlgen.org/taxonomy/2003/gaap" xmlns:iij="http://www.iij.ad.jp/xbrl/iij">
              <xbrli:context id="c"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0001090633</xbrli:identifier>
                <xbrli:segment><xbrldi:explicitMember dimension="iij:ServiceAxis">iij:DialUpMember</xbrldi:explicitMember></xbrli:segment></xbrli:entity>
                <xbrli:period><xbrli:startDate>2003-04-01</xbrli:startDate><xbrli:endDate>2003-06-30</xbrli:endDate></xbrli:period></xbrli:context>
              <xbrli:unit id="JPY"><xbrli:measure>iso4217:JPY</xbrli:measure></xbrli:unit>
              <gaap:Revenues contextRef="c" unitRef="JPY" decimals="-3">767418000</gaap:Revenues>
            </xbrli:xbrl>
            """);
        var fact = Assert.Single(Converter.Facts(instance));
        var writer = new StringWriter();
        JsonReport.Write([fact], ["x.xsd"], writer);
        using var json = JsonDocument.Parse(writer.ToString());
        var dimensions = json.RootElement.GetProperty("facts").GetProperty("f1").GetProperty("dimensions");
        Assert.Equal("iij:DialUpMember", dimensions.GetProperty("iij:ServiceAxis").GetString());
        Assert.Equal("2003-04-01T00:00:00/2003-07-01T00:00:00", dimensions.GetProperty("period").GetString());
        Assert.Equal("http://www.iij.ad.jp/xbrl/iij", json.RootElement.GetProperty("documentInfo").GetProperty("namespaces").GetProperty("iij").GetString());
    }

    private sealed record Key(string Concept, string Entity, string Period, string Dimensions, string Unit, string Decimals, string Value);

    private static List<Key> Keys(IReadOnlyList<OimFact> facts) => facts.Select(f => new Key(
        f.Concept.Prefixed,
        f.Scheme + " " + f.Identifier,
        f.Period,
        string.Join(",", f.Dimensions.Select(d => d.Dimension.Prefixed + "=" + d.Member.Prefixed)),
        JsonReport.UnitString(f.Numerator, f.Denominator) ?? string.Empty,
        f.Decimals?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        Normal(f.Value, f.Decimals is not null))).Order(Comparer<Key>.Create((a, b) => string.CompareOrdinal(a.ToString(), b.ToString()))).ToList();

    private static List<Key> JsonKeys(string text)
    {
        using var doc = JsonDocument.Parse(text);
        var namespaces = doc.RootElement.GetProperty("documentInfo").GetProperty("namespaces");
        var keys = new List<Key>();
        foreach (var fact in doc.RootElement.GetProperty("facts").EnumerateObject())
        {
            var d = fact.Value.GetProperty("dimensions");
            var entity = d.GetProperty("entity").GetString()!;
            var colon = entity.IndexOf(':', StringComparison.Ordinal);
            var decimals = fact.Value.TryGetProperty("decimals", out var dec) ? dec.GetInt32().ToString(CultureInfo.InvariantCulture) : string.Empty;
            keys.Add(new Key(
                d.GetProperty("concept").GetString()!,
                namespaces.GetProperty(entity[..colon]).GetString() + " " + entity[(colon + 1)..],
                d.GetProperty("period").GetString()!,
                string.Join(",", d.EnumerateObject().Where(p => p.Name is not ("concept" or "entity" or "period" or "unit" or "language")).Select(p => p.Name + "=" + p.Value.GetString())),
                d.TryGetProperty("unit", out var unit) ? unit.GetString()! : string.Empty,
                decimals,
                Normal(fact.Value.GetProperty("value").GetString(), decimals.Length > 0)));
        }

        return keys.Order(Comparer<Key>.Create((a, b) => string.CompareOrdinal(a.ToString(), b.ToString()))).ToList();
    }

    /// <summary>Numbers compared as numbers (42.0 is 42), text as text.</summary>
    private static string Normal(string? value, bool numeric) =>
        numeric && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? (d / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : value ?? "(nil)";
}
