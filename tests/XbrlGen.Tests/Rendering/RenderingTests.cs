using XbrlGen.Diagnostics;
using XbrlGen.Pipeline;
using XbrlGen.Validation;

namespace XbrlGen.Tests.Rendering;

/// <summary>Rendering at sizes past Scriban's defaults: a document is never cut short.</summary>
public class RenderingTests
{
    [Fact]
    public void A_document_over_a_million_characters_is_written_whole()
    {
        // The company's own instance template, padded past the 1,048,576-character cap Scriban applies by default.
        var mapping = TestPaths.MappingWithTemplate("instance.sbn-xml", t => t.Replace("</xbrli:xbrl>", "{{~ for i in 1..40000 ~}}\n  <!-- padding line {{ i }} to exceed the output cap -->\n{{~ end ~}}\n</xbrli:xbrl>", StringComparison.Ordinal));

        var bag = new DiagnosticBag();
        var catalog = TaxonomyCatalog.Load(TestPaths.Layout.Taxonomy, bag)!;
        var (filing, documents) = Generator.Build(TestPaths.Options(mapping: mapping), catalog, bag);
        Assert.NotNull(filing);
        var instance = documents.Single(d => d.FileName == filing!.InstanceFile).Text;

        Assert.True(instance.Length > 1_048_576, $"only {instance.Length} characters");
        Assert.EndsWith("<!-- padding line 40000 to exceed the output cap -->\n</xbrli:xbrl>\n", instance, StringComparison.Ordinal);
        Assert.Contains("<gaap:Revenues contextRef=\"D20030401_20030630\" unitRef=\"JPY\" decimals=\"-3\">8344046000</gaap:Revenues>", instance, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_root_the_mapping_does_not_declare_is_declared_in_the_extension_schema()
    {
        // Remove the cash-flow statement's abstract from concepts.yaml: the builder makes up the presentation root.
        var mapping = TestPaths.MappingWith(("concepts.yaml", text =>
        {
            var start = text.IndexOf("  - name: iij:CashFlowsAbstract", StringComparison.Ordinal);
            var end = text.IndexOf("  - name:", start + 10, StringComparison.Ordinal);
            return text[..start] + text[end..];
        }));
        var output = Path.Combine(TestPaths.TempDir(), "out");
        var result = Generator.Run(TestPaths.Options(output: output, mapping: mapping));

        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var schema = File.ReadAllText(Path.Combine(output, result.Filing!.SchemaFile));
        Assert.Contains("name=\"CashFlowsAbstract\"", schema, StringComparison.Ordinal);
        Assert.Contains("#iij_CashFlowsAbstract", File.ReadAllText(Path.Combine(output, result.Filing.PresentationFile)), StringComparison.Ordinal);
    }

    [Fact]
    public void Documents_that_fail_validation_are_kept_beside_the_output_and_the_output_is_untouched()
    {
        var mapping = TestPaths.MappingWith();
        Directory.CreateDirectory(Path.Combine(mapping, "templates"));
        File.WriteAllText(Path.Combine(mapping, "templates", "instance.sbn-xml"), InstanceTemplateWithAnUnusedUnit());
        var output = Path.Combine(TestPaths.TempDir(), "out");

        var result = Generator.Run(TestPaths.Options(output: output, mapping: mapping));

        Assert.Equal(1, result.ExitCode);
        Outcome.NothingWritten(output);
        var rejected = output + ".rejected";
        var unused = Assert.Single(result.Diagnostics, d => d.Code == "EFM.6.5.11" && d.IsError);
        Assert.Equal(Path.Combine(rejected, "iij-20030630.xml"), unused.Span.File);
        Assert.Contains("<xbrli:unit id=\"Unused\">", File.ReadAllLines(unused.Span.File)[unused.Span.Line - 1], StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.OutputRejected.Code);
    }

    /// <summary>A company template that leaves an unused unit in the instance: the filer-manual profile refuses it.</summary>
    internal static string InstanceTemplateWithAnUnusedUnit()
    {
        using var stream = typeof(Generator).Assembly.GetManifestResourceStream(
            typeof(Generator).Assembly.GetManifestResourceNames().Single(n => n.EndsWith("instance.sbn-xml", StringComparison.Ordinal)))!;
        return new StreamReader(stream).ReadToEnd()
            .Replace("</xbrli:xbrl>", "  <xbrli:unit id=\"Unused\"><xbrli:measure>iso4217:EUR</xbrli:measure></xbrli:unit>\n</xbrli:xbrl>", StringComparison.Ordinal);
    }
}
