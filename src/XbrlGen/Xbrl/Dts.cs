using System.Xml.Linq;
using XbrlGen.Diagnostics;

namespace XbrlGen.Xbrl;

/// <summary>
/// The discoverable taxonomy set of an instance, schema or linkbase (XBRL 2.1 section 3.2): every document reachable
/// through schemaRef, linkbaseRef, roleRef, arcroleRef, xsd:import and xsd:include, and locators, resolved offline
/// through the catalog. Each document is loaded once, however many references reach it.
/// </summary>
public sealed class Dts
{
    public static readonly XNamespace Link = XbrlNamespaces.Link;
    public static readonly XNamespace XLink = XbrlNamespaces.XLink;
    public static readonly XNamespace Xsd = XbrlNamespaces.Xsd;

    private readonly Dictionary<string, DtsDocument> _documents = new(StringComparer.Ordinal);
    private readonly List<DtsDocument> _order = [];
    private readonly List<(Uri Uri, SourceSpan Origin)> _hints = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Base, string Path), DtsDocument> _targets = new();
    private readonly HashSet<(string Base, string Path)> _followed = [];
    private bool _loadingHints;
    private readonly HashSet<string> _missing = new(StringComparer.Ordinal);

    private Dts(OfflineResolver resolver) => Resolver = resolver;

    public OfflineResolver Resolver { get; }

    /// <summary>The documents in discovery order.</summary>
    public IReadOnlyList<DtsDocument> Documents => _order;

    public IEnumerable<DtsDocument> Schemas => _order.Where(d => d.IsSchema);

    /// <summary>
    /// The documents discovery reached but could not read because no catalog has them (the taxonomy is not at hand):
    /// the DTS is incomplete, and what only follows from that is not an error of the instance.
    /// </summary>
    public IReadOnlyCollection<string> Missing => _missing;

    /// <summary>Whether an href (fragment or not) is to a document in <see cref="Missing"/>.</summary>
    public bool IsMissing(string baseUri, string href)
    {
        if (_missing.Count == 0)
        {
            return false;
        }

        var trimmed = href.Trim();
        var hash = trimmed.IndexOf('#', StringComparison.Ordinal);
        try
        {
            return _missing.Contains(Resolver.Canonical(Resolve(new Uri(baseUri), hash < 0 ? trimmed : trimmed[..hash])).GetLeftPart(UriPartial.Path));
        }
        catch (UriFormatException)
        {
            return false;
        }
    }

    /// <summary>Every linkbase element of the DTS: standalone linkbase documents and linkbases embedded in schemas' appinfo.</summary>
    public IEnumerable<(DtsDocument Document, XElement Linkbase)> Linkbases =>
        _order.SelectMany(d => d.Kind == DtsDocumentKind.Linkbase
            ? [(d, d.Xml.Root!)]
            : d.IsSchema ? EmbeddedLinkbases(d.Xml).Select(l => (d, l)) : []);

    public static Dts Discover(IEnumerable<(Uri Uri, SourceSpan Origin)> starts, OfflineResolver resolver, DiagnosticBag diagnostics,
        IEnumerable<(Uri Uri, SourceSpan Origin)>? hints = null)
    {
        var dts = new Dts(resolver);
        dts._hints.AddRange(hints ?? []);
        foreach (var (uri, origin) in starts)
        {
            dts.Load(uri, diagnostics, origin);
        }

        // Then the schemas named only in schemaLocation hints, which validation needs but discovery does not reach.
        dts._loadingHints = true;
        for (var i = 0; i < dts._hints.Count; i++)
        {
            dts.Load(dts._hints[i].Uri, diagnostics, dts._hints[i].Origin);
        }

        return dts;
    }

    public DtsDocument? Document(string uri) => _documents.GetValueOrDefault(uri);

    /// <summary>The element an href points to, resolved against the document it appears in; null if not in the DTS.</summary>
    public (DtsDocument? Document, XElement? Element) Target(string baseUri, string href)
    {
        // Locators differ mostly by their fragment: the document part is resolved once per base and path.
        var trimmed = href.Trim();
        var hash = trimmed.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? trimmed : trimmed[..hash];
        if (!_targets.TryGetValue((baseUri, path), out var doc))
        {
            Uri target;
            try
            {
                target = Resolve(new Uri(baseUri), path);
            }
            catch (UriFormatException)
            {
                return (null, null);
            }

            doc = Document(Resolver.Canonical(target).GetLeftPart(UriPartial.Path));
            if (doc is null)
            {
                return (null, null);
            }

            _targets.TryAdd((baseUri, path), doc);
        }

        var fragment = hash < 0 ? string.Empty : Uri.UnescapeDataString(trimmed[(hash + 1)..]);
        return (doc, doc.Find(fragment));
    }

    public static Uri Resolve(Uri baseUri, string href) => new(baseUri, href.Trim());

    /// <summary>The base URI of an element: the document's, adjusted by xml:base attributes on it and its ancestors.</summary>
    public static string BaseUri(string? documentUri, XElement element, string file)
    {
        var hasBase = false;
        for (var e = element; e is not null && !hasBase; e = e.Parent)
        {
            hasBase = e.Attribute(XmlBase) is not null;
        }

        if (!hasBase && !string.IsNullOrEmpty(documentUri))
        {
            return AbsoluteUri(documentUri);
        }

        var bases = element.AncestorsAndSelf().Select(e => (string?)e.Attribute(XmlBase)).Where(b => b is not null).Reverse().ToList();
        var current = new Uri(string.IsNullOrEmpty(documentUri) ? new Uri(Path.GetFullPath(file)).AbsoluteUri : documentUri);
        foreach (var b in bases)
        {
            try
            {
                current = new Uri(current, b!);
            }
            catch (UriFormatException)
            {
                return current.AbsoluteUri;
            }
        }

        return current.AbsoluteUri;
    }

    private static readonly XName XmlBase = XNamespace.Xml + "base";

    [ThreadStatic]
    private static (string Uri, string Absolute)? _lastAbsolute;

    /// <summary>A document URI's absolute form, remembered for the next call (all of a document's elements ask for the same one).</summary>
    private static string AbsoluteUri(string documentUri)
    {
        if (_lastAbsolute is { } last && ReferenceEquals(last.Uri, documentUri))
        {
            return last.Absolute;
        }

        var absolute = new Uri(documentUri).AbsoluteUri;
        _lastAbsolute = (documentUri, absolute);
        return absolute;
    }

    public static IEnumerable<XElement> EmbeddedLinkbases(XDocument schema) =>
        schema.Root is null ? [] : schema.Root.Elements(Xsd + "annotation").Elements(Xsd + "appinfo").Elements(Link + "linkbase");

    private void Load(Uri uri, DiagnosticBag diagnostics, SourceSpan origin)
    {
        var key = Resolver.Canonical(uri).GetLeftPart(UriPartial.Path);
        if (_documents.ContainsKey(key))
        {
            return;
        }

        // A schemaLocation hint that cannot be followed is only a warning: hints are not discovery.
        DiagnosticDescriptor Level(DiagnosticDescriptor d) => _loadingHints ? d with { Severity = Severity.Warning } : d;
        // A document that cannot be had (never fetched, refused, or not on disk) is said once, however many documents
        // refer to it, and is remembered as missing: what its schemas would have declared is not reported again.
        bool FirstTime() => _loadingHints ? !_missing.Contains(key) : _missing.Add(key);
        var local = Resolver.LocalPath(new Uri(key));
        if (local is null)
        {
            var url = new Uri(key);
            if (url.Scheme is "http" or "https")
            {
                if (FirstTime())
                {
                    diagnostics.Report(Level(Codes.XmlRefNotInCatalog), origin, key, TaxonomyCatalog.Publisher(url));
                }
            }
            else if (FirstTime())
            {
                diagnostics.Report(Level(Codes.XmlRefRefused), origin, key);
            }

            return;
        }

        if (!Resolver.Files.Exists(local))
        {
            if (FirstTime())
            {
                diagnostics.Report(Level(Codes.XmlRefUnresolved), origin, key, "no such file");
            }

            return;
        }

        // The bytes are read once: what is parsed is what is hashed, so a cache keyed by the hash holds what was read.
        var source = Resolver.Files.Source(local);
        if (!SafeXml.SizeAllowed(source, diagnostics) || ReadBytes(source, diagnostics) is not { } bytes)
        {
            return;
        }

        var xml = SafeXml.Load(local, () => new MemoryStream(bytes, writable: false), diagnostics);
        if (xml?.Root is null)
        {
            return;
        }

        var kind = xml.Root.Name == Xsd + "schema" ? DtsDocumentKind.Schema
            : xml.Root.Name == Link + "linkbase" ? DtsDocumentKind.Linkbase
            : DtsDocumentKind.Other;
        var doc = new DtsDocument(key, local, xml, kind, ContentHash.Of(bytes)) { HintOnly = _loadingHints };
        _documents[key] = doc;
        _order.Add(doc);
        Follow(doc, diagnostics);
    }

    private static byte[]? ReadBytes(DocumentSource source, DiagnosticBag diagnostics)
    {
        var local = source.Path;
        try
        {
            if (source is DocumentSource.PackageEntry { Bytes: var held })
            {
                return held;
            }

            using var stream = source.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(Codes.XmlRefUnresolved, SourceSpan.ForFile(local), local, ex.Message);
            return null;
        }
    }

    private void Follow(DtsDocument doc, DiagnosticBag diagnostics)
    {
        var root = doc.Xml.Root!;
        void Href(XElement el, string? href)
        {
            if (string.IsNullOrWhiteSpace(href))
            {
                return;
            }

            // Every locator into one schema names the same document: follow each base and path once it has loaded.
            var baseText = BaseUri(doc.Uri, el, doc.LocalPath);
            var hash = href.IndexOf('#', StringComparison.Ordinal);
            var followed = (baseText, hash < 0 ? href : href[..hash]);
            if (_followed.Contains(followed))
            {
                return;
            }

            var baseUri = new Uri(baseText);

            Uri target;
            try
            {
                target = Resolve(baseUri, href);
            }
            catch (UriFormatException)
            {
                diagnostics.Report(Codes.XmlRefUnresolved, SafeXml.Span(doc.LocalPath, el), href, "not a valid URI");
                return;
            }

            Load(target, diagnostics, SafeXml.Span(doc.LocalPath, el));
            if (_documents.ContainsKey(Resolver.Canonical(target).GetLeftPart(UriPartial.Path)))
            {
                _followed.Add(followed);
            }
        }

        // Schemas named in xsi:schemaLocation hints are needed to validate the document (custom link and arc elements).
        if (doc.Kind != DtsDocumentKind.Other && (string?)root.Attribute(XName.Get("schemaLocation", XbrlNamespaces.Xsi)) is { } hints)
        {
            var parts = hints.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            for (var i = 1; i < parts.Length; i += 2)
            {
                try
                {
                    _hints.Add((Resolve(new Uri(BaseUri(doc.Uri, root, doc.LocalPath)), parts[i]), SafeXml.Span(doc.LocalPath, root)));
                }
                catch (UriFormatException)
                {
                    diagnostics.Report(Codes.XmlRefUnresolved, SafeXml.Span(doc.LocalPath, root), parts[i], "not a valid URI");
                }
            }
        }

        switch (doc.Kind)
        {
            case DtsDocumentKind.Schema:
                foreach (var import in root.Elements(Xsd + "import").Concat(root.Elements(Xsd + "include")).Concat(root.Elements(Xsd + "redefine")))
                {
                    Href(import, (string?)import.Attribute("schemaLocation"));
                }

                foreach (var linkbaseRef in root.Elements(Xsd + "annotation").Elements(Xsd + "appinfo").Elements(Link + "linkbaseRef"))
                {
                    Href(linkbaseRef, (string?)linkbaseRef.Attribute(XLink + "href"));
                }

                foreach (var linkbase in EmbeddedLinkbases(doc.Xml))
                {
                    FollowLinkbase(linkbase, Href);
                }

                break;
            case DtsDocumentKind.Linkbase:
                FollowLinkbase(root, Href);
                break;
            default:
                // An instance: schemaRef, linkbaseRef, roleRef and arcroleRef are its discovery references.
                foreach (var el in root.Elements().Where(e => e.Name == Link + "schemaRef" || e.Name == Link + "linkbaseRef" || e.Name == Link + "roleRef" || e.Name == Link + "arcroleRef"))
                {
                    Href(el, (string?)el.Attribute(XLink + "href"));
                }

                break;
        }
    }

    private static void FollowLinkbase(XElement linkbase, Action<XElement, string?> href)
    {
        foreach (var el in linkbase.Elements())
        {
            if (el.Name == Link + "roleRef" || el.Name == Link + "arcroleRef")
            {
                href(el, (string?)el.Attribute(XLink + "href"));
                continue;
            }

            if ((string?)el.Attribute(XLink + "type") != "extended")
            {
                continue;
            }

            // Only link:loc discovers documents (section 3.2), not other locator elements.
            foreach (var loc in el.Elements(Link + "loc"))
            {
                href(loc, (string?)loc.Attribute(XLink + "href"));
            }
        }
    }
}
