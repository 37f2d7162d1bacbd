using System.IO.Compression;
using System.Text;
using System.Xml;
using XbrlGen.Diagnostics;

namespace XbrlGen.Packaging;

/// <summary>
/// Writes Taxonomy Packages 1.0 and Report Packages 1.0 as deterministic zips: entries in ordinal order of their paths,
/// every timestamp 1980-01-01, no extra fields, the same compression; so the same content gives the same bytes.
/// </summary>
public static class PackageWriter
{
    public const string XbrDocumentType = "https://xbrl.org/report-package/2023/xbr";
    public const string XbriDocumentType = "https://xbrl.org/report-package/2023/xbri";
    public const string UnconstrainedDocumentType = "https://xbrl.org/report-package/2023";

    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The file extension of a report package of this kind (with the dot).</summary>
    public static string Extension(ReportPackageKind kind) => kind switch
    {
        ReportPackageKind.Xbr => ".xbr",
        ReportPackageKind.Xbri => ".xbri",
        _ => ".zip",
    };

    /// <summary>
    /// Writes a report package: <c>META-INF/reportPackage.json</c>, the taxonomy package files that resolve the
    /// taxonomies inside, and the content, whose <c>reports/</c> folder must hold exactly one report of the kind's
    /// shape. False (reported) if it does not, or the file cannot be written.
    /// </summary>
    public static bool WriteReportPackage(string zipPath, ReportPackageKind kind, PackageContent content, DiagnosticBag diagnostics)
    {
        if (ReportShapeProblem(kind, content.Files.Select(f => f.PathInPackage)) is { } problem)
        {
            diagnostics.Report(Codes.PackageShape, SourceSpan.ForFile(zipPath), zipPath, problem);
            return false;
        }

        var documentType = kind switch
        {
            ReportPackageKind.Xbr => XbrDocumentType,
            ReportPackageKind.Xbri => XbriDocumentType,
            _ => UnconstrainedDocumentType,
        };
        var json = "{\n  \"documentInfo\": {\n    \"documentType\": \"" + documentType + "\"\n  }\n}\n";
        return Write(zipPath, content, [("META-INF/reportPackage.json", Encoding.UTF8.GetBytes(json))], diagnostics);
    }

    /// <summary>Writes a taxonomy package: <c>META-INF/taxonomyPackage.xml</c>, <c>META-INF/catalog.xml</c> and the content.</summary>
    public static bool WriteTaxonomyPackage(string zipPath, PackageContent content, DiagnosticBag diagnostics) =>
        Write(zipPath, content, [], diagnostics);

    /// <summary>
    /// Why a set of package paths is not one report of the kind's shape, or null if it is. A report is a file directly in
    /// <c>reports/</c> or the files of one subfolder of it; files of other extensions there (schemas, linkbases) are not reports.
    /// </summary>
    public static string? ReportShapeProblem(ReportPackageKind kind, IEnumerable<string> paths)
    {
        var reports = paths.Where(p => p.StartsWith("reports/", StringComparison.Ordinal) && IsReportFile(p)).ToList();
        var inline = reports.Where(DocumentSniff.IsInlineName).ToList();
        var plain = reports.Except(inline).ToList();
        var folders = reports.Select(p => p["reports/".Length..]).Select(p => p.Contains('/', StringComparison.Ordinal) ? p[..p.IndexOf('/', StringComparison.Ordinal)] : p)
            .Distinct(StringComparer.Ordinal).Count();
        return kind switch
        {
            ReportPackageKind.Xbr when plain.Count != 1 || inline.Count > 0 => "a .xbr package holds exactly one xBRL-XML (.xbrl) or xBRL-JSON (.json) report in reports/ and no Inline XBRL",
            ReportPackageKind.Xbr when plain[0].Count(c => c == '/') != 1 => "a .xbr package's report is a file directly in reports/",
            ReportPackageKind.Xbri when inline.Count == 0 || plain.Count > 0 || folders != 1 => "a .xbri package holds exactly one Inline XBRL report: one .xhtml file in reports/, or the .xhtml files of one subfolder of reports/",
            ReportPackageKind.Unconstrained when reports.Count == 0 => "a report package holds at least one report in reports/",
            _ => null,
        };
    }

    public static bool IsReportFile(string path) =>
        path.EndsWith(".xbrl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || DocumentSniff.IsInlineName(path);

    private static bool Write(string zipPath, PackageContent content, IReadOnlyList<(string Path, byte[] Bytes)> extra, DiagnosticBag diagnostics)
    {
        var generated = new List<(string Path, byte[] Bytes)>(extra)
        {
            ("META-INF/taxonomyPackage.xml", TaxonomyPackageXml(content.Info)),
            ("META-INF/catalog.xml", CatalogXml(content.Rewrites)),
        };
        var entries = generated.Select(g => (g.Path, Open: (Func<Stream>)(() => new MemoryStream(g.Bytes, writable: false))))
            .Concat(content.Files.Select(f => (Path: f.PathInPackage, Open: (Func<Stream>)(() => File.OpenRead(f.Source)))))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
        try
        {
            using var file = new FileStream(zipPath, FileMode.Create, FileAccess.Write);
            using var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: false, Encoding.UTF8);
            foreach (var (path, open) in entries)
            {
                var entry = zip.CreateEntry(content.TopFolder + "/" + path, CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTime;
                entry.ExternalAttributes = 0;
                using var target = entry.Open();
                using var source = open();
                source.CopyTo(target);
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(Codes.OutputFailed, SourceSpan.ForFile(zipPath), zipPath, ex.Message);
            return false;
        }
    }

    private static byte[] TaxonomyPackageXml(TaxonomyPackageInfo info) => Xml(w =>
    {
        const string tp = "http://xbrl.org/2016/taxonomy-package";
        w.WriteStartElement("tp", "taxonomyPackage", tp);
        w.WriteAttributeString("xml", "lang", null, "en");
        w.WriteElementString("identifier", tp, info.Identifier);
        w.WriteElementString("name", tp, info.Name);
        w.WriteElementString("description", tp, info.Description);
        w.WriteElementString("version", tp, info.Version);
        w.WriteElementString("publisher", tp, info.Publisher);
        w.WriteElementString("publicationDate", tp, info.PublicationDate);
        if (info.EntryPoints.Count > 0)
        {
            w.WriteStartElement("entryPoints", tp);
            foreach (var entryPoint in info.EntryPoints)
            {
                w.WriteStartElement("entryPoint", tp);
                w.WriteElementString("name", tp, entryPoint.Name);
                w.WriteStartElement("entryPointDocument", tp);
                w.WriteAttributeString("href", entryPoint.Url);
                w.WriteEndElement();
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    });

    private static byte[] CatalogXml(IReadOnlyList<CatalogRewrite> rewrites) => Xml(w =>
    {
        const string ns = "urn:oasis:names:tc:entity:xmlns:xml:catalog";
        w.WriteStartElement("catalog", ns);
        foreach (var rewrite in rewrites)
        {
            w.WriteStartElement("rewriteURI", ns);
            w.WriteAttributeString("uriStartString", rewrite.UriStartString);
            w.WriteAttributeString("rewritePrefix", "../" + rewrite.FolderInPackage);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    });

    private static byte[] Xml(Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" }))
        {
            w.WriteStartDocument();
            write(w);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
