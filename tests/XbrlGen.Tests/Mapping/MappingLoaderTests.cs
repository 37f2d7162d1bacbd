using XbrlGen.Diagnostics;
using XbrlGen.Mapping;
using XbrlGen.Mapping.Checks;

namespace XbrlGen.Tests.Mapping;

/// <summary>The mapping loader on the bundled mapping and on small edits of it: what the files say is what it loads.</summary>
public class MappingLoaderTests
{
    [Fact]
    public void The_loader_reads_roles_and_cross_checks_as_the_files_write_them()
    {
        var bag = new DiagnosticBag();
        var mapping = BundledInputs.LoadMapping(bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));

        var totals = File.ReadAllLines(Path.Combine(TestPaths.Mapping, "mapping.yaml")).Count(l => l.Trim() == "role: total");
        Assert.Equal(totals, mapping.Tables.SelectMany(t => t.Lines).Count(l => l.Role == LineRole.Total));

        var entity = File.ReadAllLines(Path.Combine(TestPaths.Mapping, "entity.yaml")).Select(l => l.Trim()).ToList();
        Assert.Equal(entity.Count(l => l.StartsWith("- equal:", StringComparison.Ordinal)), mapping.Checks.Count(c => c.Kind is EqualCheck));
        Assert.Equal(entity.Count(l => l.StartsWith("- rollForward:", StringComparison.Ordinal)), mapping.Checks.Count(c => c.Kind is RollForwardCheck));
        Assert.All(mapping.Checks.Where(c => c.Kind is ProductCheck), c => Assert.Equal(3, c.Concepts.Count));
    }

    [Fact]
    public void A_cross_check_kind_is_read_by_its_key_with_its_concepts_in_order()
    {
        var dir = TestPaths.MappingWith(("entity.yaml", t => t.Replace("checks:\n", "checks:\n  - rollForward: [gaap:CashPeriodIncreaseDecrease, gaap:Cash]\n", StringComparison.Ordinal)));
        var bag = new DiagnosticBag();
        var mapping = MappingLoader.Load(dir, bag);
        Assert.NotNull(mapping);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        var check = mapping.Checks[0];
        Assert.IsType<RollForwardCheck>(check.Kind);
        Assert.Equal(["gaap:CashPeriodIncreaseDecrease", "gaap:Cash"], check.Concepts);
        Assert.EndsWith("entity.yaml", check.Span.File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_yaml_mapping_is_its_own_catalog_entry_at_line_one()
    {
        var dir = TestPaths.MappingWith(("prose.yaml", _ => "- just\n- a list\n"));
        var bag = new DiagnosticBag();
        Assert.Null(MappingLoader.Load(dir, bag));
        var d = Assert.Single(bag.Items, d => d.IsError);
        Assert.Equal(Codes.MappingNotAMapping.Code, d.Code);
        Assert.Equal(Codes.MappingNotAMapping.Format, d.Message);
        Assert.Equal(1, d.Span.Line);
        Assert.EndsWith("prose.yaml", d.Span.File, StringComparison.Ordinal);
    }
}
