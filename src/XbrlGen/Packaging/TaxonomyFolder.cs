using System.Xml.Linq;
using XbrlGen.Diagnostics;
using XbrlGen.Validation;

namespace XbrlGen.Packaging;

/// <summary>
/// A taxonomy kept as a folder with <c>META-INF/taxonomyPackage.xml</c> and <c>META-INF/catalog.xml</c> (XbrlGen's
/// <c>taxonomy/</c>): its metadata, and the files and rewrites of its own entry points, which is what goes into a
/// package. Rewrites that cover no entry point (the official schemas carried for offline validation) stay out: every
/// processor has those.
/// </summary>
public sealed record TaxonomyFolder(TaxonomyPackageInfo Info, IReadOnlyList<CatalogRewrite> Rewrites, IReadOnlyList<PackageFile> Files)
{
    private static readonly XNamespace Tp = "http://xbrl.org/2016/taxonomy-package";
    private static readonly XNamespace CatalogNs = "urn:oasis:names:tc:entity:xmlns:xml:catalog";

    public static TaxonomyFolder? Load(string root, DiagnosticBag diagnostics)
    {
        var metaInf = Path.Combine(root, "META-INF");
        var package = SafeXml.Load(Path.Combine(metaInf, "taxonomyPackage.xml"), diagnostics);
        var catalog = SafeXml.Load(Path.Combine(metaInf, "catalog.xml"), diagnostics);
        if (package?.Root is not { } p || catalog?.Root is not { } c)
        {
            return null;
        }

        string Text(string name) => ((string?)p.Element(Tp + name) ?? string.Empty).Trim();
        var entryPoints = p.Elements(Tp + "entryPoints").Elements(Tp + "entryPoint")
            .Select(e => new EntryPoint(((string?)e.Element(Tp + "name") ?? string.Empty).Trim(), (string?)e.Element(Tp + "entryPointDocument")?.Attribute("href") ?? string.Empty))
            .ToList();
        var info = new TaxonomyPackageInfo(Text("identifier"), Text("name"), Text("description"), Text("version"), Text("publisher"), Text("publicationDate"), entryPoints);

        var fullRoot = Path.GetFullPath(root);
        var rewrites = new List<CatalogRewrite>();
        var files = new List<PackageFile>();
        foreach (var r in c.Elements(CatalogNs + "rewriteURI"))
        {
            var prefix = (string?)r.Attribute("uriStartString") ?? string.Empty;
            var folder = Path.GetFullPath(Path.Combine(metaInf, (string?)r.Attribute("rewritePrefix") ?? string.Empty));
            if (prefix.Length == 0 || !entryPoints.Any(e => e.Url.StartsWith(prefix, StringComparison.Ordinal))
                || !folder.StartsWith(fullRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !Directory.Exists(folder))
            {
                continue;
            }

            var relative = Path.GetRelativePath(fullRoot, folder).Replace(Path.DirectorySeparatorChar, '/').TrimEnd('/') + "/";
            rewrites.Add(new CatalogRewrite(prefix, relative));
            files.AddRange(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => new PackageFile(Path.GetRelativePath(fullRoot, f).Replace(Path.DirectorySeparatorChar, '/'), f)));
        }

        return new TaxonomyFolder(info, rewrites, files.DistinctBy(f => f.PathInPackage, StringComparer.Ordinal).ToList());
    }
}
