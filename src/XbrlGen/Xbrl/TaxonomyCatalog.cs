using System.Xml.Linq;
using XbrlGen.Diagnostics;

namespace XbrlGen.Xbrl;

/// <summary>
/// Resolves official URLs (<c>http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd</c>) to local copies, by the rewrite
/// rules of the <c>META-INF/catalog.xml</c> of XbrlGen's taxonomy folder and of any taxonomy packages added with
/// <see cref="WithPackage"/>. Nothing is ever fetched: a URL no catalog covers is refused. A rewrite never leads outside
/// the package that declares it.
/// </summary>
public sealed class TaxonomyCatalog
{
    private static readonly XNamespace CatalogNs = "urn:oasis:names:tc:entity:xmlns:xml:catalog";
    private readonly List<Rewrite> _rewrites;

    private sealed record Rewrite(string Prefix, string Target, string PackageRoot)
    {
        /// <summary>Declaration order across catalogs: the first spelling declared for a folder is its canonical one.</summary>
        public int Order { get; init; }
    }

    private TaxonomyCatalog(IReadOnlyList<string> roots, List<Rewrite> rewrites, FileSet files)
    {
        Roots = roots;
        _rewrites = rewrites;
        Files = files;
    }

    /// <summary>The documents this catalog's resolutions are read from: files on disk and the entries of the packages added.</summary>
    public FileSet Files { get; }

    /// <summary>XbrlGen's own taxonomy folder.</summary>
    public string Root => Roots[0];

    /// <summary>Every package folder whose catalog is in use: XbrlGen's own first, then added packages.</summary>
    public IReadOnlyList<string> Roots { get; }

    public static TaxonomyCatalog? Load(string root, DiagnosticBag diagnostics)
    {
        var rewrites = ReadCatalog(Path.GetFullPath(root), DocumentSource.File(Path.Combine(root, "META-INF", "catalog.xml")), diagnostics);
        return rewrites is null ? null : new TaxonomyCatalog([Path.GetFullPath(root)], Order(rewrites), FileSet.Disk);
    }

    /// <summary>
    /// This catalog with a taxonomy package's catalog added (<paramref name="catalogFile"/>, its <c>META-INF/catalog.xml</c>,
    /// inside <paramref name="packageRoot"/>, read through <see cref="Files"/>); the package's rewrites win over XbrlGen's
    /// own for the same prefix. Null (reported) if the catalog cannot be read.
    /// </summary>
    public TaxonomyCatalog? WithPackage(string packageRoot, string catalogFile, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(packageRoot);
        var added = ReadCatalog(root, Files.Source(catalogFile), diagnostics);
        return added is null ? null : new TaxonomyCatalog([.. Roots, root], Order([.. added, .. _rewrites.OrderBy(r => r.Order)]), Files);
    }

    /// <summary>This catalog reading also from <paramref name="files"/> (a package's entries, a document made in memory).</summary>
    public TaxonomyCatalog WithFiles(FileSet files) =>
        ReferenceEquals(files, Files) ? this : new TaxonomyCatalog(Roots, _rewrites, Files.With(files));

    private static List<Rewrite> Order(List<Rewrite> rewrites) =>
        [.. rewrites.Select((r, i) => r with { Order = i }).OrderByDescending(r => r.Prefix.Length)];

    private static List<Rewrite>? ReadCatalog(string packageRoot, DocumentSource catalogFile, DiagnosticBag diagnostics)
    {
        var doc = SafeXml.Load(catalogFile, diagnostics);
        if (doc?.Root is null)
        {
            return null;
        }

        var metaInf = Path.GetDirectoryName(catalogFile.FullPath)!;
        return [.. doc.Root.Elements(CatalogNs + "rewriteURI")
            .Select(e => new Rewrite((string?)e.Attribute("uriStartString") ?? string.Empty, Path.GetFullPath(Path.Combine(metaInf, (string?)e.Attribute("rewritePrefix") ?? string.Empty)), packageRoot))
            .Where(r => r.Prefix.Length > 0)];
    }

    /// <summary>The local file for an absolute URL, or null if no catalog covers it.</summary>
    public string? Resolve(string url)
    {
        foreach (var rewrite in _rewrites)
        {
            if (url.StartsWith(rewrite.Prefix, StringComparison.Ordinal))
            {
                var rest = url[rewrite.Prefix.Length..].Split('#')[0];
                var local = Path.GetFullPath(Path.Combine(rewrite.Target, rest.Replace('/', Path.DirectorySeparatorChar)));
                return Inside(local, rewrite.PackageRoot) ? local : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The official URL of a local file of a package: by the most specific rewrite to a folder holding it, the first
    /// declared of equally specific ones (<c>http://www.xbrl.org/</c> before <c>https://xbrl.org/</c>).
    /// </summary>
    public string? UrlOf(string localPath)
    {
        var full = Path.GetFullPath(localPath);
        var rewrite = _rewrites.Where(r => Inside(full, r.Target)).OrderByDescending(r => r.Target.Length).ThenBy(r => r.Order).FirstOrDefault();
        return rewrite is null ? null : rewrite.Prefix + full[WithSeparator(rewrite.Target).Length..].Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>
    /// One spelling for every URL of one local copy: <c>https://xbrl.org/2008/generic-link.xsd</c> and
    /// <c>http://www.xbrl.org/2008/generic-link.xsd</c> are one document, not two that declare the same elements.
    /// URLs no catalog covers stay as they are.
    /// </summary>
    public Uri Canonical(Uri url)
    {
        if (url.Scheme is not ("http" or "https") || Resolve(url.GetLeftPart(UriPartial.Path)) is not { } local || UrlOf(local) is not { } canonical)
        {
            return url;
        }

        return new Uri(canonical + url.Fragment);
    }

    /// <summary>
    /// Where a URL no catalog covers could come from, for the message that refuses it: the taxonomy package of its
    /// publisher (scheme, host and first path segment).
    /// </summary>
    public static string Publisher(Uri url)
    {
        var first = url.Segments.Length > 1 ? url.Segments[1] : string.Empty;
        return url.GetLeftPart(UriPartial.Authority) + "/" + first;
    }

    private static bool Inside(string path, string folder) => path.StartsWith(WithSeparator(folder), StringComparison.Ordinal);

    private static string WithSeparator(string folder) => folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
}
