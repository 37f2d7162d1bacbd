using System.IO.Compression;
using System.Text;
using XbrlGen.Diagnostics;
using XbrlGen.Packaging;

namespace XbrlGen.Tests.Packaging;

/// <summary>The generic report and taxonomy package writer: shapes of .xbr and .xbri, and deterministic bytes.</summary>
public class PackageWriterTests
{
    private static readonly TaxonomyPackageInfo Info = new("http://example.com/t", "T", "A test", "1", "Tester", "2026-01-01", [new("T", "http://example.com/t/t.xsd")]);

    private static PackageFile File_(string dir, string pathInPackage, string text)
    {
        var source = Path.Combine(dir, Guid.NewGuid().ToString("N"));
        File.WriteAllText(source, text);
        return new PackageFile(pathInPackage, source);
    }

    /// <summary>An Inline XBRL Document Set of two pages in one subfolder of reports/, with its extension schema and a taxonomy.</summary>
    private static PackageContent InlineSet(string dir, string subfolder = "doc") => new("filing",
    [
        File_(dir, $"reports/{subfolder}/page2.xhtml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>2</body></html>"),
        File_(dir, $"reports/{subfolder}/page1.xhtml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>1</body></html>"),
        File_(dir, $"reports/{subfolder}/ext.xsd", "<schema/>"),
        File_(dir, "example.com/t/t.xsd", "<schema/>"),
    ], Info, [new CatalogRewrite("http://example.com/t/", "example.com/t/")]);

    [Fact]
    public void An_inline_document_set_in_one_subfolder_makes_an_xbri_with_its_document_type_and_catalog()
    {
        var dir = TestPaths.TempDir();
        var zip = Path.Combine(dir, "filing.xbri");
        var bag = new DiagnosticBag();

        Assert.True(PackageWriter.WriteReportPackage(zip, ReportPackageKind.Xbri, InlineSet(dir), bag), string.Join("\n", bag.Items));

        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(
            ["filing/META-INF/catalog.xml", "filing/META-INF/reportPackage.json", "filing/META-INF/taxonomyPackage.xml", "filing/example.com/t/t.xsd",
             "filing/reports/doc/ext.xsd", "filing/reports/doc/page1.xhtml", "filing/reports/doc/page2.xhtml"],
            archive.Entries.Select(e => e.FullName));
        string Text(string name) => new StreamReader(archive.GetEntry(name)!.Open(), Encoding.UTF8).ReadToEnd();
        Assert.Contains("\"https://xbrl.org/report-package/2023/xbri\"", Text("filing/META-INF/reportPackage.json"), StringComparison.Ordinal);
        Assert.Contains("uriStartString=\"http://example.com/t/\" rewritePrefix=\"../example.com/t/\"", Text("filing/META-INF/catalog.xml"), StringComparison.Ordinal);
        Assert.Contains("<tp:entryPointDocument href=\"http://example.com/t/t.xsd\" />", Text("filing/META-INF/taxonomyPackage.xml"), StringComparison.Ordinal);
        Assert.All(archive.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Writing_the_same_content_again_gives_the_same_bytes()
    {
        var dir = TestPaths.TempDir();
        var content = InlineSet(dir);
        var first = Path.Combine(dir, "a.xbri");
        var second = Path.Combine(dir, "b.xbri");
        Assert.True(PackageWriter.WriteReportPackage(first, ReportPackageKind.Xbri, content, new DiagnosticBag()));
        Assert.True(PackageWriter.WriteReportPackage(second, ReportPackageKind.Xbri, content with { Files = [.. content.Files.Reverse()] }, new DiagnosticBag()));
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Theory]
    [InlineData(ReportPackageKind.Xbr, "reports/doc/page1.xhtml", "reports/doc/page2.xhtml")]
    [InlineData(ReportPackageKind.Xbr, "reports/a.xbrl", "reports/b.xbrl")]
    [InlineData(ReportPackageKind.Xbr, "reports/sub/a.xbrl")]
    [InlineData(ReportPackageKind.Xbri, "reports/a/page1.xhtml", "reports/b/page1.xhtml")]
    [InlineData(ReportPackageKind.Xbri, "reports/a/page1.xhtml", "reports/a/data.xbrl")]
    [InlineData(ReportPackageKind.Xbri, "reports/ext.xsd")]
    public void A_report_folder_that_is_not_one_report_of_the_kind_is_refused(ReportPackageKind kind, params string[] paths)
    {
        var dir = TestPaths.TempDir();
        var zip = Path.Combine(dir, "bad" + PackageWriter.Extension(kind));
        var bag = new DiagnosticBag();

        Assert.False(PackageWriter.WriteReportPackage(zip, kind, new PackageContent("bad", [.. paths.Select(p => File_(dir, p, "<x/>"))], Info, []), bag));

        Assert.Equal(Codes.PackageShape.Code, Assert.Single(bag.Items).Code);
        Assert.False(File.Exists(zip));
    }

    [Theory]
    [InlineData(ReportPackageKind.Xbr, "reports/a.xbrl", "reports/a.xsd")]
    [InlineData(ReportPackageKind.Xbr, "reports/a.json")]
    [InlineData(ReportPackageKind.Xbri, "reports/a.xhtml")]
    [InlineData(ReportPackageKind.Xbri, "reports/set/p1.xhtml", "reports/set/p2.xhtml", "reports/set/p3.xhtml")]
    public void One_report_of_the_kind_is_accepted(ReportPackageKind kind, params string[] paths) =>
        Assert.Null(PackageWriter.ReportShapeProblem(kind, paths));
}
