using System.Xml.Linq;
using XbrlGen.Diagnostics;
using XbrlGen.Model;

namespace XbrlGen.Validation;

/// <summary>A document of a discoverable taxonomy set: where it was found (URL or file) and its content.</summary>
public sealed record DtsDocument(string Uri, string LocalPath, XDocument Xml, bool IsSchema);

/// <summary>
/// The discoverable taxonomy set of an instance or schema: every schema and linkbase reachable through schemaRef,
/// linkbaseRef, xsd:import and locators, resolved offline through the catalog.
/// </summary>
public sealed class Dts
{
    public static readonly XNamespace Link = "http://www.xbrl.org/2003/linkbase";
    public static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    private readonly Dictionary<string, DtsDocument> _documents = new(StringComparer.Ordinal);

    private Dts(OfflineResolver resolver) => Resolver = resolver;

    public OfflineResolver Resolver { get; }

    public IReadOnlyCollection<DtsDocument> Documents => _documents.Values;

    public IEnumerable<DtsDocument> Schemas => _documents.Values.Where(d => d.IsSchema);

    public IEnumerable<DtsDocument> Linkbases => _documents.Values.Where(d => !d.IsSchema);

    /// <summary>Concepts by their element id within each schema URI: <c>uri#id</c>.</summary>
    public Dictionary<string, Concept> ConceptsByHref { get; } = new(StringComparer.Ordinal);

    /// <summary>Concepts by expanded name <c>{namespace}local</c>.</summary>
    public Dictionary<string, Concept> ConceptsByName { get; } = new(StringComparer.Ordinal);

    public static Dts Discover(IEnumerable<Uri> starts, OfflineResolver resolver, DiagnosticBag diagnostics, SourceSpan origin)
    {
        var dts = new Dts(resolver);
        foreach (var start in starts)
        {
            dts.Load(start, diagnostics, origin);
        }

        return dts;
    }

    private void Load(Uri uri, DiagnosticBag diagnostics, SourceSpan origin)
    {
        var key = uri.GetLeftPart(UriPartial.Path);
        if (_documents.ContainsKey(key))
        {
            return;
        }

        var local = Resolver.LocalPath(new Uri(key));
        if (local is null)
        {
            diagnostics.Report(Codes.XmlRefRefused, origin, key);
            return;
        }

        if (!File.Exists(local))
        {
            diagnostics.Report(Codes.XmlRefUnresolved, origin, key, "no such file");
            return;
        }

        var xml = SafeXml.Load(local, diagnostics);
        if (xml?.Root is null)
        {
            return;
        }

        var isSchema = xml.Root.Name == ConceptReader.Xsd + "schema";
        _documents[key] = new DtsDocument(key, local, xml, isSchema);
        var baseUri = new Uri(key);
        if (isSchema)
        {
            foreach (var (c, id) in ConceptReader.Declarations(xml, Path.GetFileNameWithoutExtension(local), isExtension: false))
            {
                if (id is not null)
                {
                    ConceptsByHref[key + "#" + id] = c;
                }

                ConceptsByName["{" + c.Name.Namespace + "}" + c.Name.LocalName] = c;
            }

            foreach (var import in xml.Root.Elements(ConceptReader.Xsd + "import").Concat(xml.Root.Elements(ConceptReader.Xsd + "include")))
            {
                if ((string?)import.Attribute("schemaLocation") is { } location)
                {
                    Load(Resolve(baseUri, location), diagnostics, SafeXml.Span(local, import));
                }
            }

            foreach (var linkbaseRef in xml.Descendants(Link + "linkbaseRef"))
            {
                if ((string?)linkbaseRef.Attribute(XLink + "href") is { } href)
                {
                    Load(Resolve(baseUri, href), diagnostics, SafeXml.Span(local, linkbaseRef));
                }
            }
        }
        else
        {
            foreach (var loc in xml.Descendants(Link + "loc").Concat(xml.Descendants(Link + "roleRef")).Concat(xml.Descendants(Link + "arcroleRef")))
            {
                if ((string?)loc.Attribute(XLink + "href") is { } href)
                {
                    Load(Resolve(baseUri, href), diagnostics, SafeXml.Span(local, loc));
                }
            }
        }
    }

    public static Uri Resolve(Uri baseUri, string href) => new(baseUri, href);

    /// <summary>The concept a locator points to.</summary>
    public Concept? ConceptAt(Uri baseUri, string href)
    {
        var target = Resolve(baseUri, href);
        return ConceptsByHref.GetValueOrDefault(target.GetLeftPart(UriPartial.Path) + target.Fragment);
    }
}
