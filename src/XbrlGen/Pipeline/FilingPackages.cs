using XbrlGen.Diagnostics;
using XbrlGen.Model;
using XbrlGen.Packaging;

namespace XbrlGen.Pipeline;

/// <summary>
/// The packages <c>generate</c> writes beside the documents: the filing as an XBRL Report Package (<c>&lt;name&gt;.xbr</c>:
/// the instance as <c>reports/&lt;name&gt;.xbrl</c>, the extension taxonomy beside it, the base taxonomy and the catalog
/// that resolves it), and the base taxonomy alone as a Taxonomy Package (<c>&lt;taxonomy&gt;.zip</c>).
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

        var reportFiles = documents.Select(d => new PackageFile("reports/" + (d == filing.InstanceFile ? filing.BaseName + ".xbrl" : d), Path.Combine(folder, d)));
        var report = new PackageContent(
            filing.BaseName,
            [.. reportFiles, .. taxonomy.Files],
            taxonomy.Info with { Name = filing.BaseName + " with " + taxonomy.Info.Name, Description = "The XBRL report " + filing.BaseName + ", its extension taxonomy and the base taxonomy it uses." },
            taxonomy.Rewrites);
        var reportName = filing.BaseName + PackageWriter.Extension(ReportPackageKind.Xbr);
        var taxonomyName = PackageName(taxonomy.Info.Identifier);
        var taxonomyPackage = new PackageContent(taxonomyName, taxonomy.Files, taxonomy.Info, taxonomy.Rewrites);
        return PackageWriter.WriteReportPackage(Path.Combine(folder, reportName), ReportPackageKind.Xbr, report, diagnostics)
            && PackageWriter.WriteTaxonomyPackage(Path.Combine(folder, taxonomyName + ".zip"), taxonomyPackage, diagnostics)
            ? [reportName, taxonomyName + ".zip"]
            : null;
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
