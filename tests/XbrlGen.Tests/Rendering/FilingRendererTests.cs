using System.Xml.Linq;
using XbrlGen.Diagnostics;
using XbrlGen.Rendering;
using XbrlGen.Tests.Mapping;

namespace XbrlGen.Tests.Rendering;

/// <summary>The filing renderer on the bundled filing: every document it names, and the instance holding every fact and context.</summary>
public class FilingRendererTests
{
    [Fact]
    public void The_renderer_writes_every_fact_into_the_instance()
    {
        var (filing, _, _, bag) = BundledInputs.Built();
        var renderer = FilingRenderer.Create(null, bag)!;
        var instance = Assert.Single(renderer.Render(filing, "release.txt"), d => d.FileName == filing.InstanceFile);
        var text = new StringWriter();
        instance.WriteTo(text);

        var root = XDocument.Parse(text.ToString()).Root!;
        var facts = root.Elements().Count(e => e.Attribute("contextRef") is not null);
        Assert.Equal(filing.Facts.Count, facts);
        Assert.Equal(filing.Contexts.Count, root.Elements(XName.Get("context", XbrlNamespaces.Xbrli)).Count());
    }

    [Fact]
    public void The_renderer_names_each_document_of_the_filing_once()
    {
        var (filing, _, _, bag) = BundledInputs.Built();
        var names = FilingRenderer.Create(null, bag)!.Render(filing, "release.txt").Select(d => d.FileName).ToList();
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items.Where(d => d.IsError)));
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Subset(names.ToHashSet(), new HashSet<string> { filing.InstanceFile, filing.SchemaFile, filing.LabelFile, filing.PresentationFile, filing.CalculationFile, filing.DefinitionFile });
    }
}
