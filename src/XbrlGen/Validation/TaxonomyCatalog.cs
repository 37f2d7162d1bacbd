using System.Xml.Linq;
using XbrlGen.Diagnostics;

namespace XbrlGen.Validation;

/// <summary>
/// Resolves official URLs (<c>http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd</c>) to the copies in the
/// taxonomy package's folder, by the rewrite rules of its <c>META-INF/catalog.xml</c>. Nothing is ever fetched:
/// a URL the catalog does not cover is refused.
/// </summary>
public sealed class TaxonomyCatalog
{
    private readonly List<(string Prefix, string Target)> _rewrites;

    private TaxonomyCatalog(string root, List<(string Prefix, string Target)> rewrites)
    {
        Root = root;
        _rewrites = rewrites;
    }

    /// <summary>The taxonomy package folder.</summary>
    public string Root { get; }

    public static TaxonomyCatalog? Load(string root, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(root, "META-INF", "catalog.xml");
        var doc = SafeXml.Load(path, diagnostics);
        if (doc?.Root is null)
        {
            return null;
        }

        XNamespace ns = "urn:oasis:names:tc:entity:xmlns:xml:catalog";
        var metaInf = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var rewrites = doc.Root.Elements(ns + "rewriteURI")
            .Select(e => ((string?)e.Attribute("uriStartString") ?? string.Empty, Path.GetFullPath(Path.Combine(metaInf, (string?)e.Attribute("rewritePrefix") ?? string.Empty))))
            .Where(r => r.Item1.Length > 0)
            .OrderByDescending(r => r.Item1.Length)
            .ToList();
        return new TaxonomyCatalog(Path.GetFullPath(root), rewrites);
    }

    /// <summary>The local file for an absolute URL, or null if the catalog does not cover it.</summary>
    public string? Resolve(string url)
    {
        foreach (var (prefix, target) in _rewrites)
        {
            if (url.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = url[prefix.Length..].Split('#')[0];
                var local = Path.GetFullPath(Path.Combine(target, rest.Replace('/', Path.DirectorySeparatorChar)));
                return local.StartsWith(Root.EndsWith(Path.DirectorySeparatorChar) ? Root : Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? local : null;
            }
        }

        return null;
    }

    /// <summary>The official URL of a local file of the package, for messages and for relative references inside it.</summary>
    public string? UrlOf(string localPath)
    {
        var full = Path.GetFullPath(localPath);
        foreach (var (prefix, target) in _rewrites)
        {
            var t = target.EndsWith(Path.DirectorySeparatorChar) ? target : target + Path.DirectorySeparatorChar;
            if (full.StartsWith(t, StringComparison.Ordinal))
            {
                return prefix + full[t.Length..].Replace(Path.DirectorySeparatorChar, '/');
            }
        }

        return null;
    }
}
