using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using XbrlGen.Diagnostics;
using XbrlGen.Pipeline;
using XbrlGen.Rendering;
using XbrlGen.Tests.Rendering;
using XbrlGen.Validation.Inline;
using XbrlGen.Validation;
using XbrlGen.Validation.Instances;

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
        var instance = Keys(Read(File(generated.Filing.InstanceFile)));
        var inline = Keys(ReadPages(generated.Page(Model.Language.En), generated.Page(Model.Language.Ja)));
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
        Assert.Equal(Keys(Read(File(generated.Filing.InstanceFile))), Keys(Read(output)));
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
        var fact = Read(File(generated.Filing.InstanceFile)).First(f => f.Dimensions.Count > 0 && f.Period.Contains('/', StringComparison.Ordinal));
        var writer = new StringWriter();
        JsonReport.Write([fact], ["x.xsd"], writer);
        using var json = JsonDocument.Parse(writer.ToString());
        var dimensions = json.RootElement.GetProperty("facts").GetProperty(fact.Id).GetProperty("dimensions");
        var (axis, member) = fact.Dimensions[0];
        Assert.Equal(member.Prefixed, dimensions.GetProperty(axis.Prefixed).GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T00:00:00/\d{4}-\d{2}-\d{2}T00:00:00$", dimensions.GetProperty("period").GetString());
        Assert.Equal(member.Namespace, json.RootElement.GetProperty("documentInfo").GetProperty("namespaces").GetProperty(member.Prefix).GetString());
    }

    /// <summary>An instance's facts as the one instance model reads them, as xBRL-JSON sees them.</summary>
    private static IReadOnlyList<OimFact> Read(string instance)
    {
        var bag = new DiagnosticBag();
        var model = InstanceValidator.Read(instance, TaxonomyCatalog.Load(TestPaths.Layout.Taxonomy, bag)!, new ValidationOptions(), bag)?.Model;
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        return JsonReport.FactsOf(model!);
    }

    /// <summary>An Inline XBRL document set's facts as the one instance model reads them.</summary>
    private static IReadOnlyList<OimFact> ReadPages(params string[] pages)
    {
        var bag = new DiagnosticBag();
        var catalog = TaxonomyCatalog.Load(TestPaths.Layout.Taxonomy, bag)!;
        var model = InlineValidator.Read([.. pages.Select(p => InlineDocument.From(catalog.Files.Source(p)))], catalog, new ValidationOptions(), bag)?.Model;
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        return JsonReport.FactsOf(model!);
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
