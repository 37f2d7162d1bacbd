using System.IO.Compression;
using System.Text;
using XbrlGen.Diagnostics;
using XbrlGen.Packaging;
using XbrlGen.Validation;

namespace XbrlGen.Tests.Packaging;

/// <summary>
/// <c>validate</c> on report packages and with taxonomy packages: the generated .xbr with nothing else, a small taxonomy
/// that imports official schemas through their http://xbrl.org/ URLs (beside its instances, or as a package), and hostile
/// zips. The verdicts on the small taxonomy's instances are Arelle's (checked by hand): valid, and invalid with a
/// schema error and xbrl.4.8.2.
/// </summary>
public class PackageReadingTests
{
    private static string SmallTaxonomy => Path.Combine(TestPaths.Layout.Root, "tests", "XbrlGen.Tests", "Packaging", "SmallTaxonomy");

    private static string Zip(string path, params (string Name, string Text)[] entries) => ZipBytes(path, [.. entries.Select(e => (e.Name, Encoding.UTF8.GetBytes(e.Text)))]);

    private static string ZipBytes(string path, params (string Name, byte[] Bytes)[] entries)
    {
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(bytes);
            }
        }

        return path;
    }

    private static string ReportJson(string type) => "{\"documentInfo\": {\"documentType\": \"https://xbrl.org/report-package/2023/" + type + "\"}}";

    [Fact]
    public void The_generated_report_package_is_valid_on_its_own()
    {
        var xbr = Path.Combine(TestPaths.Layout.Output, "iij-20030630.xbr");
        var (exit, stdout, _) = Outcome.Cli("validate", xbr);
        Assert.True(exit == 0, stdout);
        Assert.EndsWith($"{xbr}: valid (418 facts, 44 contexts, 8 units)", stdout.TrimEnd(), StringComparison.Ordinal);

        using var zip = ZipFile.OpenRead(xbr);
        using var packaged = new MemoryStream();
        zip.GetEntry("iij-20030630/reports/iij-20030630.xbrl")!.Open().CopyTo(packaged);
        Assert.Equal(File.ReadAllBytes(Path.Combine(TestPaths.Layout.Output, "iij-20030630.xml")), packaged.ToArray());
    }

    [Fact]
    public void A_report_package_uses_the_base_taxonomy_inside_it_and_its_errors_name_the_entry()
    {
        // Remove a concept from the packaged base taxonomy: the report must now fail, so the copy inside is the one used.
        var xbr = Path.Combine(TestPaths.TempDir(), "iij.xbr");
        File.Copy(Path.Combine(TestPaths.Layout.Output, "iij-20030630.xbr"), xbr);
        using (var zip = ZipFile.Open(xbr, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("iij-20030630/xbrlgen.org/taxonomy/2003/gaap.xsd")!;
            string text;
            using (var reader = new StreamReader(entry.Open()))
            {
                text = reader.ReadToEnd();
            }

            entry.Delete();
            var edited = string.Join('\n', text.Split('\n').Where(l => !l.Contains("name=\"Revenues\"", StringComparison.Ordinal)));
            Assert.NotEqual(text, edited);
            using var writer = new StreamWriter(zip.CreateEntry("iij-20030630/xbrlgen.org/taxonomy/2003/gaap.xsd").Open());
            writer.Write(edited);
        }

        var (exit, stdout, _) = Outcome.Cli("validate", xbr);

        Assert.Equal(1, exit);
        Assert.Contains($"{xbr}/iij-20030630/reports/iij-20030630.xbrl(", stdout, StringComparison.Ordinal);
        Assert.Contains("Revenues", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_taxonomy_beside_its_instances_that_imports_official_schemas_by_their_xbrl_org_urls_gets_Arelles_verdicts()
    {
        var (validExit, validOut, _) = Outcome.Cli("validate", Path.Combine(SmallTaxonomy, "valid.xbrl"));
        Assert.True(validExit == 0, validOut);

        var invalid = Path.Combine(SmallTaxonomy, "invalid.xbrl");
        var (exit, stdout, _) = Outcome.Cli("validate", invalid);
        Assert.Equal(1, exit);
        Assert.Contains($"{invalid}(12,4): error xmlSchema: the value 'a quarter' is invalid", stdout, StringComparison.Ordinal);
        Assert.Contains($"{invalid}(11,4): error xbrl.4.8.2:", stdout, StringComparison.Ordinal);
        Assert.EndsWith($"{invalid}: invalid (2 errors)", stdout.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void One_official_schema_reached_by_two_spellings_is_one_document()
    {
        var dir = TestPaths.TempDir();
        foreach (var file in Directory.GetFiles(SmallTaxonomy))
        {
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        }

        // The schema imports generic links through http://xbrl.org/; the linkbase now names them through www and https.
        var lab = Path.Combine(dir, "small-lab.xml");
        File.WriteAllText(lab, File.ReadAllText(lab)
            .Replace("http://xbrl.org/2008/generic-link.xsd", "http://www.xbrl.org/2008/generic-link.xsd", StringComparison.Ordinal)
            .Replace("http://xbrl.org/2008/generic-label.xsd", "https://www.xbrl.org/2008/generic-label.xsd", StringComparison.Ordinal));

        var (exit, stdout, _) = Outcome.Cli("validate", Path.Combine(dir, "valid.xbrl"));

        Assert.True(exit == 0, stdout);
    }

    /// <summary>The small taxonomy as a taxonomy package, and its instances alone in a folder, naming it by its URL.</summary>
    private static (string Package, string Valid, string Invalid) SmallTaxonomyAsPackage()
    {
        var dir = TestPaths.TempDir();
        var files = new[] { "small.xsd", "small-ref.xml", "small-lab.xml" }.Select(f => new PackageFile("example.com/small/" + f, Path.Combine(SmallTaxonomy, f))).ToList();
        var info = new TaxonomyPackageInfo("http://example.com/small", "Small", "A small test taxonomy", "1", "XbrlGen tests", "2026-01-01", [new("Small", "http://example.com/small/small.xsd")]);
        var package = Path.Combine(dir, "small.zip");
        Assert.True(PackageWriter.WriteTaxonomyPackage(package, new PackageContent("small", files, info, [new("http://example.com/small/", "example.com/small/")]), new DiagnosticBag()));
        var instances = Path.Combine(dir, "instances");
        Directory.CreateDirectory(instances);
        string Instance(string name)
        {
            var path = Path.Combine(instances, name);
            File.WriteAllText(path, File.ReadAllText(Path.Combine(SmallTaxonomy, name)).Replace("xlink:href=\"small.xsd\"", "xlink:href=\"http://example.com/small/small.xsd\"", StringComparison.Ordinal));
            return path;
        }

        return (package, Instance("valid.xbrl"), Instance("invalid.xbrl"));
    }

    [Fact]
    public void A_taxonomy_package_given_with_package_resolves_through_its_catalog_with_Arelles_verdicts()
    {
        var (package, valid, invalid) = SmallTaxonomyAsPackage();

        var (validExit, validOut, _) = Outcome.Cli("validate", "--package", package, valid);
        Assert.True(validExit == 0, validOut);

        var (exit, stdout, _) = Outcome.Cli("validate", "--package", package, invalid);
        Assert.Equal(1, exit);
        Assert.Contains($"{invalid}(12,4): error xmlSchema:", stdout, StringComparison.Ordinal);
        Assert.Contains($"{invalid}(11,4): error xbrl.4.8.2:", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_package_the_taxonomys_url_is_a_coded_error_that_suggests_one_and_is_never_fetched()
    {
        var (_, valid, _) = SmallTaxonomyAsPackage();

        var (exit, stdout, _) = Outcome.Cli("validate", valid);

        Assert.Equal(2, exit);
        Assert.Contains($"error {Codes.XmlRefNotInCatalog.Code}: reference 'http://example.com/small/small.xsd' is in no catalog and is never fetched (no network access); give the taxonomy package that publishes 'http://example.com/small/' with --package FILE", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../evil.xbrl")]
    [InlineData("/etc/evil.xbrl")]
    [InlineData("C:/evil.xbrl")]
    [InlineData("top\\..\\..\\evil.xbrl")]
    [InlineData("top/reports/../../../evil.xbrl")]
    public void An_entry_that_would_lead_outside_the_package_is_refused(string name)
    {
        var xbr = Zip(Path.Combine(TestPaths.TempDir(), "evil.xbr"), ("top/META-INF/reportPackage.json", ReportJson("xbr")), (name, "<x/>"));

        var (exit, stdout, _) = Outcome.Cli("validate", xbr);

        Assert.Equal(2, exit);
        Assert.Contains($"{xbr}: error {Codes.PackageEntryOutside.Code}: package '{xbr}' has entry '{name}'", stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(xbr)!, "evil.xbrl")));
    }

    /// <summary>Files on disk are followed for a file on disk, never for a document inside a package: references stay inside it.</summary>
    [Fact]
    public void A_reference_from_inside_a_package_to_a_file_on_disk_is_refused()
    {
        var dir = TestPaths.TempDir();
        var outside = Path.Combine(dir, "outside.xsd");
        File.WriteAllText(outside, "<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"http://example.com/outside\"/>\n");
        var instance = "<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\" xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
            + $"<link:schemaRef xlink:type=\"simple\" xlink:href=\"{new Uri(outside).AbsoluteUri}\"/></xbrli:xbrl>";
        var xbr = Zip(Path.Combine(dir, "escape.xbr"), ("top/META-INF/reportPackage.json", ReportJson("xbr")), ("top/reports/r.xbrl", instance));

        var (exit, stdout, _) = Outcome.Cli("validate", xbr);

        Assert.Equal(2, exit);
        Assert.Contains($"error {Codes.XmlRefRefused.Code}: reference '{new Uri(outside).AbsoluteUri}' leads outside its package", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catalog_that_rewrites_to_outside_its_package_resolves_nothing()
    {
        var (_, valid, _) = SmallTaxonomyAsPackage();
        var package = Zip(Path.Combine(TestPaths.TempDir(), "escape.zip"),
            ("t/META-INF/taxonomyPackage.xml", "<tp:taxonomyPackage xmlns:tp=\"http://xbrl.org/2016/taxonomy-package\"><tp:identifier>http://example.com/small</tp:identifier></tp:taxonomyPackage>"),
            ("t/META-INF/catalog.xml", $"<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\"><rewriteURI uriStartString=\"http://example.com/small/\" rewritePrefix=\"../../../../../../../../{SmallTaxonomy.TrimStart('/')}/\"/></catalog>"));

        var (exit, stdout, _) = Outcome.Cli("validate", "--package", package, valid);

        Assert.Equal(2, exit);
        Assert.Contains($"error {Codes.XmlRefRefused.Code}: reference 'http://example.com/small/small.xsd'", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_that_inflates_too_far_is_refused_before_it_is_read()
    {
        var xbr = ZipBytes(Path.Combine(TestPaths.TempDir(), "bomb.xbr"), ("top/META-INF/reportPackage.json", Encoding.UTF8.GetBytes(ReportJson("xbr"))), ("top/reports/bomb.xbrl", new byte[8 * 1024 * 1024]));

        var (exit, stdout, _) = Outcome.Cli("validate", xbr);

        Assert.Equal(2, exit);
        Assert.Contains($"error {Codes.PackageLimit.Code}:", stdout, StringComparison.Ordinal);
        Assert.Contains("inflates", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_on_entries_and_sizes_hold()
    {
        var dir = TestPaths.TempDir();
        var many = Zip(Path.Combine(dir, "many.zip"), [.. Enumerable.Range(0, 5).Select(i => ($"top/reports/r{i}.xbrl", "<x/>"))]);
        var bag = new DiagnosticBag();
        Assert.Null(PackageReader.Open(many, new PackageLimits { MaxEntries = 4 }, bag));
        Assert.Contains("5 entries, over the limit of 4", Assert.Single(bag.Items).Message, StringComparison.Ordinal);

        bag = new DiagnosticBag();
        Assert.Null(PackageReader.Open(many, new PackageLimits { MaxTotalBytes = 12 }, bag));
        Assert.Equal(Codes.PackageLimit.Code, Assert.Single(bag.Items).Code);

        bag = new DiagnosticBag();
        var opened = PackageReader.Open(many, new PackageLimits(), bag);
        Assert.NotNull(opened);
        Assert.Equal(5, opened.Reports.Count);
    }

    [Fact]
    public void A_package_is_read_in_place_nothing_is_extracted_and_its_entries_are_read_only_through_its_files()
    {
        var bag = new DiagnosticBag();
        var opened = PackageReader.Open(Path.Combine(TestPaths.Layout.Output, "iij-20030630.xbr"), new PackageLimits(), bag);
        Assert.NotNull(opened);
        var instance = Assert.Single(Assert.Single(opened.Reports));
        Assert.EndsWith("reports" + Path.DirectorySeparatorChar + "iij-20030630.xbrl", instance, StringComparison.Ordinal);
        Assert.True(opened.Files.Exists(instance));
        Assert.IsType<DocumentSource.PackageEntry>(opened.Source(instance));
        Assert.False(Directory.Exists(opened.Folder));
        Assert.False(File.Exists(instance));
        Assert.Equal(File.ReadAllBytes(Path.Combine(TestPaths.Layout.Output, "iij-20030630.xml")).LongLength, opened.Files.Length(instance));
        Assert.Empty(bag.Items);

        // Nothing is shared: another reader's files do not hold the entries.
        Assert.False(FileSet.Disk.Exists(instance));
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_a_coded_error()
    {
        var xbr = Path.Combine(TestPaths.TempDir(), "not.xbr");
        File.WriteAllText(xbr, "<xbrli:xbrl/>");

        var (exit, stdout, _) = Outcome.Cli("validate", xbr);

        Assert.Equal(2, exit);
        Assert.Contains($"{xbr}: error {Codes.PackageUnreadable.Code}:", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xbri")]
    [InlineData(null)]
    public void A_report_package_without_the_right_document_type_is_refused(string? type)
    {
        var entries = new List<(string, string)> { ("top/reports/r.xbrl", "<x/>") };
        if (type is not null)
        {
            entries.Add(("top/META-INF/reportPackage.json", ReportJson(type)));
        }

        var xbr = Zip(Path.Combine(TestPaths.TempDir(), "r.xbr"), [.. entries]);

        var (exit, stdout, _) = Outcome.Cli("validate", xbr);

        Assert.Equal(2, exit);
        Assert.Contains($"error {Codes.PackageStructure.Code}:", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_DTD_inside_a_package_is_refused_naming_the_entry()
    {
        var xbr = Zip(Path.Combine(TestPaths.TempDir(), "dtd.xbr"), ("top/META-INF/reportPackage.json", ReportJson("xbr")),
            ("top/reports/r.xbrl", "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"aaaa\">]>\n<x>&a;</x>"));

        var (exit, stdout, _) = Outcome.Cli("validate", xbr);

        Assert.Equal(2, exit);
        Assert.Contains($"{xbr}/top/reports/r.xbrl(2,1): error {Codes.XmlDtd.Code}:", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_taxonomy_package_without_its_metadata_is_refused()
    {
        var dir = TestPaths.TempDir();
        var package = Zip(Path.Combine(dir, "t.zip"), ("t/META-INF/catalog.xml", "<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\"/>"));

        var (exit, _, stderr) = Outcome.Cli("validate", "--package", package, Path.Combine(SmallTaxonomy, "valid.xbrl"));

        Assert.Equal(2, exit);
        Assert.Contains($"error {Codes.PackageStructure.Code}:", stderr, StringComparison.Ordinal);
    }
}
