using System.Xml.Linq;
using XbrlGen.Diagnostics;
using XbrlGen.Validation;

namespace XbrlGen.Packaging;

/// <summary>
/// The reports of a package, and of the filing archives filers hand around that are not report packages: a zip with no
/// <c>META-INF</c> holding one filing (EDGAR's <c>-xbrl.zip</c>: the Inline XBRL page or the instance, with the schema
/// and linkbases beside it), and TDnet and EDINET archives, whose <c>manifest.xml</c> names each Inline XBRL document set.
/// The package's limits and safety rules have applied when it was opened.
/// </summary>
public static class FilingArchive
{
    /// <summary>The namespace of TDnet's and EDINET's manifest.xml.</summary>
    public const string ManifestNamespace = "http://disclosure.edinet-fsa.go.jp/2013/manifest";

    /// <summary>
    /// The reports, each the local paths of its documents: those of <c>reports/</c> in a report package; otherwise the
    /// document sets each manifest.xml names, then, in the folders no manifest covers, the Inline XBRL pages of each
    /// folder as one document set and each xBRL-XML instance alone.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Reports(OpenedPackage package, DiagnosticBag diagnostics)
    {
        if (package.Reports.Count > 0 || package.DocumentType is not null || package.Entries.Any(e => e.StartsWith("META-INF/", StringComparison.Ordinal)))
        {
            return package.Reports;
        }

        var reports = new List<IReadOnlyList<string>>();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var manifest in package.Entries.Where(e => e == "manifest.xml" || e.EndsWith("/manifest.xml", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var folder = manifest.Contains('/', StringComparison.Ordinal) ? manifest[..(manifest.LastIndexOf('/') + 1)] : string.Empty;
            var xml = SafeXml.Load(package.Source(package.Local(manifest)), diagnostics);
            if (xml?.Root is null || xml.Root.Name.NamespaceName != ManifestNamespace)
            {
                continue;
            }

            covered.Add(folder);
            XNamespace m = ManifestNamespace;
            foreach (var instance in xml.Root.Descendants(m + "instance"))
            {
                var pages = instance.Elements(m + "ixbrl").Select(e => folder + e.Value.Trim()).ToList();
                var missing = pages.Where(p => !package.Entries.Contains(p)).ToList();
                if (missing.Count > 0)
                {
                    diagnostics.Report(Codes.ArchiveManifestEntryMissing, SafeXml.Span(package.Local(manifest), instance), string.Join(", ", missing));
                    continue;
                }

                if (pages.Count > 0)
                {
                    reports.Add(pages.Select(package.Local).ToList());
                }
            }
        }

        foreach (var group in package.Entries.Where(e => !covered.Contains(Folder(e))).GroupBy(Folder, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var pages = group.Where(e => DocumentSniff.IsInlineName(e) && IsInlinePage(package.Source(package.Local(e)))).Order(StringComparer.Ordinal).Select(package.Local).ToList();
            if (pages.Count > 0)
            {
                reports.Add(pages);
            }

            foreach (var instance in group.Where(e => (e.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.EndsWith(".xbrl", StringComparison.OrdinalIgnoreCase)) && IsInstance(package.Source(package.Local(e)))).Order(StringComparer.Ordinal))
            {
                reports.Add([package.Local(instance)]);
            }
        }

        return reports;
    }

    private static string Folder(string entry) => entry.Contains('/', StringComparison.Ordinal) ? entry[..(entry.LastIndexOf('/') + 1)] : string.Empty;

    /// <summary>An XHTML page with Inline XBRL in it (a page without an ix:header, like TDnet's qualitative.htm, is not one).</summary>
    private static bool IsInlinePage(DocumentSource page)
    {
        if (DocumentSniff.KindOf(page) != DocumentKind.InlinePage)
        {
            return false;
        }

        using var reader = System.Xml.XmlReader.Create(Validation.Inline.InlineSource.Open(page), SafeXml.Settings());
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == System.Xml.XmlNodeType.Element && reader.LocalName == "header"
                    && reader.NamespaceURI is "http://www.xbrl.org/2013/inlineXBRL" or "http://www.xbrl.org/2008/inlineXBRL")
                {
                    return true;
                }
            }
        }
        catch (System.Xml.XmlException)
        {
        }

        return false;
    }

    private static bool IsInstance(DocumentSource document)
    {
        try
        {
            using var reader = System.Xml.XmlReader.Create(document.Open(), SafeXml.Settings());
            return reader.MoveToContent() == System.Xml.XmlNodeType.Element && reader.NamespaceURI == XbrlNamespaces.Xbrli && reader.LocalName == "xbrl";
        }
        catch (System.Xml.XmlException)
        {
            return false;
        }
    }
}
