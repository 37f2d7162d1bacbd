using XbrlGen.Diagnostics;
using XbrlGen.Mapping;
using XbrlGen.Model;
using XbrlGen.Reading;

namespace XbrlGen.Tests.Mapping;

/// <summary>The bundled release, mapping and base taxonomy, loaded as the generator loads them, for the builders' direct tests.</summary>
internal static class BundledInputs
{
    public static MappingSet LoadMapping(DiagnosticBag bag) => MappingLoader.Load(TestPaths.Mapping, bag) ?? throw new InvalidOperationException(string.Join("\n", bag.Items));

    public static (Release Release, MappingSet Mapping, DiagnosticBag Bag) Load()
    {
        var bag = new DiagnosticBag();
        var mapping = LoadMapping(bag);
        var release = ReleaseReader.ReadFile(TestPaths.Release, new ReaderOptions(mapping.Entity.Calendar), bag) ?? throw new InvalidOperationException(string.Join("\n", bag.Items));
        return (release, mapping, bag);
    }

    public static BaseTaxonomy Base(DiagnosticBag bag) =>
        BaseTaxonomy.Load(TaxonomyCatalog.Load(TestPaths.Layout.Taxonomy, bag)!, bag) ?? throw new InvalidOperationException(string.Join("\n", bag.Items));

    /// <summary>The bundled filing and its trace, built without errors.</summary>
    public static (Filing Filing, MappingTrace Trace, Release Release, DiagnosticBag Bag) Built()
    {
        var (release, mapping, bag) = Load();
        var (filing, trace) = FilingBuilder.BuildTraced(release, mapping, Base(bag), bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items.Where(d => d.IsError)));
        return (filing!, trace!, release, bag);
    }
}
