using System.Xml.Linq;
using XbrlGen.Diagnostics;
using XbrlGen.Mapping;
using XbrlGen.Mapping.Checks;
using XbrlGen.Model;
using XbrlGen.Reading;
using XbrlGen.Rendering;

namespace XbrlGen.Tests.Mapping;

/// <summary>
/// The mapping stage one builder at a time, on the bundled release and mapping: the loader, the fact builder, the
/// filing builder, and the renderer over what they make.
/// </summary>
public class BuilderTests
{
    private static MappingSet LoadMapping(DiagnosticBag bag) => MappingLoader.Load(TestPaths.Mapping, bag) ?? throw new InvalidOperationException(string.Join("\n", bag.Items));

    private static (Release Release, MappingSet Mapping, DiagnosticBag Bag) Inputs()
    {
        var bag = new DiagnosticBag();
        var mapping = LoadMapping(bag);
        var release = ReleaseReader.ReadFile(TestPaths.Release, new XbrlGen.Reading.ReaderOptions(mapping.Entity.Calendar), bag) ?? throw new InvalidOperationException(string.Join("\n", bag.Items));
        return (release, mapping, bag);
    }

    private static BaseTaxonomy Base(DiagnosticBag bag) =>
        BaseTaxonomy.Load(TaxonomyCatalog.Load(TestPaths.Layout.Taxonomy, bag)!, bag) ?? throw new InvalidOperationException(string.Join("\n", bag.Items));

    [Fact]
    public void The_loader_reads_roles_and_cross_checks_as_the_files_write_them()
    {
        var bag = new DiagnosticBag();
        var mapping = LoadMapping(bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));

        var totals = File.ReadAllLines(Path.Combine(TestPaths.Mapping, "mapping.yaml")).Count(l => l.Trim() == "role: total");
        Assert.Equal(totals, mapping.Tables.SelectMany(t => t.Lines).Count(l => l.Role == LineRole.Total));

        var entity = File.ReadAllLines(Path.Combine(TestPaths.Mapping, "entity.yaml")).Select(l => l.Trim()).ToList();
        Assert.Equal(entity.Count(l => l.StartsWith("- equal:", StringComparison.Ordinal)), mapping.Checks.Count(c => c.Kind is EqualCheck));
        Assert.Equal(entity.Count(l => l.StartsWith("- rollForward:", StringComparison.Ordinal)), mapping.Checks.Count(c => c.Kind is RollForwardCheck));
        Assert.All(mapping.Checks.Where(c => c.Kind is ProductCheck), c => Assert.Equal(3, c.Concepts.Count));
    }

    [Fact]
    public void The_fact_builder_makes_a_candidate_for_each_printed_copy_of_total_revenues()
    {
        var (release, mapping, bag) = Inputs();
        var builder = new FactBuilder(release, mapping, Base(bag).Concepts, bag);
        builder.Build();

        var quarter = new DurationPeriod(new DateOnly(2003, 4, 1), new DateOnly(2003, 6, 30));
        var copies = builder.Candidates.Where(c => c.Concept.Name.Prefixed == "gaap:Revenues" && c.Period == quarter && c.Members.Count == 0 && c.Unit is { IsCurrency: true }).ToList();

        // Printed in thousands of yen in the Japanese and the English statements of operations: 8,344,046.
        Assert.Contains(copies, c => c.Source.Line < 300 && c.Value == 8_344_046_000m && c.Decimals == -3);
        Assert.Contains(copies, c => c.Source.Line > 700 && c.Value == 8_344_046_000m && c.Decimals == -3);
    }

    [Fact]
    public void The_filing_builder_merges_the_copies_into_one_fact_with_every_source()
    {
        var (release, mapping, bag) = Inputs();
        var filing = FilingBuilder.Build(release, mapping, Base(bag), bag);
        Assert.NotNull(filing);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items.Where(d => d.IsError)));

        var quarter = new DurationPeriod(new DateOnly(2003, 4, 1), new DateOnly(2003, 6, 30));
        var revenues = Assert.Single(filing.Facts, f => f.Concept.Name.Prefixed == "gaap:Revenues" && f.Context.Period == quarter && f.Context.Members.Count == 0 && f.Unit is { Id: "JPY" });
        Assert.Equal(8_344_046_000m, revenues.Value);
        Assert.True(revenues.Sources.Count >= 2, "both languages' copies are kept as sources");
        Assert.Equal(filing.Facts.Count, filing.Facts.Select(FigureKey.Of).Distinct().Count());
    }

    [Fact]
    public void The_renderer_writes_every_fact_into_the_instance()
    {
        var (release, mapping, bag) = Inputs();
        var filing = FilingBuilder.Build(release, mapping, Base(bag), bag)!;
        var renderer = FilingRenderer.Create(null, bag)!;
        var instance = Assert.Single(renderer.Render(filing, "release.txt"), d => d.FileName == filing.InstanceFile);
        var text = new StringWriter();
        instance.WriteTo(text);

        var root = XDocument.Parse(text.ToString()).Root!;
        var facts = root.Elements().Count(e => e.Attribute("contextRef") is not null);
        Assert.Equal(filing.Facts.Count, facts);
        Assert.Equal(filing.Contexts.Count, root.Elements(XName.Get("context", XbrlNamespaces.Xbrli)).Count());
    }
}
