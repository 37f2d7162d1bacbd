using XbrlGen.Diagnostics;
using XbrlGen.Model;
using XbrlGen.Packaging;
using XbrlGen.Rendering;

namespace XbrlGen.Pipeline;

/// <summary>
/// The packages <c>generate</c> writes beside the documents: the filing as an XBRL Report Package (<c>&lt;name&gt;.xbr</c>:
/// the instance as <c>reports/&lt;name&gt;.xbrl</c>, the extension taxonomy beside it, the base taxonomy and the catalog
/// that resolves it), the Inline XBRL pages as an Inline XBRL Report Package (<c>&lt;name&gt;.xbri</c>: the pages and the extension
/// taxonomy in <c>reports/&lt;name&gt;/</c>), and the base taxonomy alone as a Taxonomy Package (<c>&lt;taxonomy&gt;.zip</c>).
/// </summary>
public static class FilingPackages
{
    /// <summary>Writes both packages into <paramref name="folder"/>, where the documents already are; the names written, or null (reported).</summary>
    public static IReadOnlyList<string>? Write(string folder, Filing filing, IReadOnlyList<string> documents, string taxonomyRoot, DiagnosticBag diagnostics)
    {
        var taxonomy = TaxonomyFolder.Load(taxonomyRoot, diagnostics);
        if (taxonomy is null)
        {
            return null;
        }

        // The extension taxonomy travels with each report; the xBRL-XML instance is the .xbr's report, and the Inline XBRL
        // pages, with the taxonomy beside them in one subfolder of reports/, are the .xbri's document set.
        string[] taxonomyDocuments = [filing.SchemaFile, filing.LabelFile, filing.PresentationFile, filing.CalculationFile, filing.DefinitionFile];
        var extension = documents.Where(taxonomyDocuments.Contains).ToList();
        // The .xbri's report is the Inline XBRL document set: the pages that hold facts. The review page is HTML for the
        // filing team, and a page whose every figure links to the other page's tags is a reading copy (it stays in the
        // output folder); neither is a document of the set. With one page, any processor opens the package on its own.
        string[] inlinePages = [.. (filing.Layout.Tables.Count == 0 ? [] : InlinePlan.Create(filing).PagesWithFacts).Select(filing.InlineFile)];
        var pages = documents.Where(inlinePages.Contains).ToList();
        var xbr = WriteReportPackage(folder, filing.BaseName, ReportPackageKind.Xbr,
            [(filing.InstanceFile, filing.BaseName + ".xbrl"), .. extension.Select(d => (d, d))], taxonomy, diagnostics);
        var xbri = pages.Count == 0 ? null : WriteReportPackage(folder, filing.BaseName, ReportPackageKind.Xbri,
            [.. pages.Concat(extension).Select(d => (d, filing.BaseName + "/" + d))], taxonomy, diagnostics);
        if (xbr is null || (pages.Count > 0 && xbri is null))
        {
            return null;
        }

        var taxonomyName = PackageName(taxonomy.Info.Identifier);
        var taxonomyPackage = new PackageContent(taxonomyName, taxonomy.Files, taxonomy.Info, taxonomy.Rewrites);
        return PackageWriter.WriteTaxonomyPackage(Path.Combine(folder, taxonomyName + ".zip"), taxonomyPackage, diagnostics)
            ? [xbr, .. xbri is null ? Array.Empty<string>() : [xbri], taxonomyName + ".zip"]
            : null;
    }

    /// <summary>
    /// Writes <c>&lt;baseName&gt;.xbr</c> or <c>.xbri</c> into <paramref name="folder"/>: the report's files (each a file in
    /// the folder and its path under <c>reports/</c>: <c>name.xbrl</c> for xBRL-XML, <c>name/page1.xhtml</c>... for an Inline
    /// XBRL Document Set), with the taxonomy folder's own taxonomy and catalog. The package's file name, or null (reported).
    /// </summary>
    public static string? WriteReportPackage(string folder, string baseName, ReportPackageKind kind, IReadOnlyList<(string File, string InReports)> report, TaxonomyFolder taxonomy, DiagnosticBag diagnostics)
    {
        var content = new PackageContent(
            baseName,
            [.. report.Select(r => new PackageFile("reports/" + r.InReports, Path.Combine(folder, r.File))), .. taxonomy.Files],
            taxonomy.Info with { Name = baseName + " with " + taxonomy.Info.Name, Description = "The XBRL report " + baseName + ", its extension taxonomy and the base taxonomy it uses." },
            taxonomy.Rewrites);
        var name = baseName + PackageWriter.Extension(kind);
        return PackageWriter.WriteReportPackage(Path.Combine(folder, name), kind, content, diagnostics) ? name : null;
    }

    /// <summary>A file name for a package from its identifier: <c>http://xbrlgen.org/taxonomy/2003</c> gives <c>xbrlgen-taxonomy-2003</c>.</summary>
    public static string PackageName(string identifier)
    {
        if (!Uri.TryCreate(identifier, UriKind.Absolute, out var uri))
        {
            return "taxonomy";
        }

        var parts = new[] { uri.Host.Split('.')[0] }.Concat(uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries))
            .Select(p => new string(p.Where(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.').ToArray()))
            .Where(p => p.Length > 0);
        return string.Join('-', parts);
    }
}
