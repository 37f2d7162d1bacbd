using XbrlGen.Diagnostics;
using XbrlGen.Packaging;
using XbrlGen.Pipeline;
using XbrlGen.Validation;

namespace XbrlGen.Tests.Pipeline;

/// <summary>The filing's report package for an Inline XBRL Document Set: the call the Inline XBRL output makes.</summary>
public class FilingPackagesTests
{
    [Fact]
    public void An_inline_document_set_goes_into_an_xbri_with_the_base_taxonomy_and_reads_back_as_one_report()
    {
        var folder = TestPaths.TempDir();
        foreach (var page in new[] { "iij-1.xhtml", "iij-2.xhtml" })
        {
            File.WriteAllText(Path.Combine(folder, page), "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>");
        }

        File.WriteAllText(Path.Combine(folder, "iij.xsd"), "<schema xmlns=\"http://www.w3.org/2001/XMLSchema\"/>");
        var bag = new DiagnosticBag();
        var taxonomy = TaxonomyFolder.Load(TestPaths.Layout.Taxonomy, bag)!;

        var name = FilingPackages.WriteReportPackage(folder, "iij", ReportPackageKind.Xbri,
            [("iij-1.xhtml", "iij/iij-1.xhtml"), ("iij-2.xhtml", "iij/iij-2.xhtml"), ("iij.xsd", "iij/iij.xsd")], taxonomy, bag);

        Assert.Equal("iij.xbri", name);
        var opened = PackageReader.Open(Path.Combine(folder, "iij.xbri"), new PackageLimits(), bag);
        Assert.NotNull(opened);
        Assert.Equal(PackageWriter.XbriDocumentType, opened.DocumentType);
        var report = Assert.Single(opened.Reports);
        Assert.Equal(["iij-1.xhtml", "iij-2.xhtml"], report.Select(Path.GetFileName));
        var catalog = opened.AddTo(TaxonomyCatalog.Load(TestPaths.Layout.Taxonomy, bag)!, bag)!;
        var gaap = catalog.Resolve("http://xbrlgen.org/taxonomy/2003/gaap.xsd")!;
        Assert.StartsWith(opened.Top, gaap, StringComparison.Ordinal);
        Assert.True(catalog.Files.Exists(gaap));
        Assert.Empty(bag.Items);
    }
}
