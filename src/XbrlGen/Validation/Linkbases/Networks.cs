using System.Globalization;
using System.Xml.Linq;
using XbrlGen.Diagnostics;
using XbrlGen.Validation.Taxonomies;

namespace XbrlGen.Validation.Linkbases;

/// <summary>
/// The relationships of a DTS's linkbases (or of an instance's footnote links): each extended link's locators resolved,
/// its resources and arcs read into <see cref="NetworkRelationship"/>s, with the XLink and XBRL 2.1 rules a linkbase
/// breaks reported as it is read (<see cref="LinkbaseChecks"/>); then the relationships in force after prohibition and
/// override (<see cref="RelationshipEquivalence"/>), and the DTS-wide rules on them (<see cref="NetworkRules"/>).
/// </summary>
public sealed class Networks
{
    public const string ArcroleBase = "http://www.xbrl.org/2003/arcrole/";
    public const string RoleBase = "http://www.xbrl.org/2003/role/";
    public const string LinkRole = RoleBase + "link";
    public const string SummationItem = ArcroleBase + "summation-item";
    public const string ParentChild = ArcroleBase + "parent-child";
    public const string GeneralSpecial = ArcroleBase + "general-special";
    public const string EssenceAlias = ArcroleBase + "essence-alias";
    public const string SimilarTuples = ArcroleBase + "similar-tuples";
    public const string RequiresElement = ArcroleBase + "requires-element";
    public const string ConceptLabel = ArcroleBase + "concept-label";
    public const string ConceptReference = ArcroleBase + "concept-reference";
    public const string FactFootnote = ArcroleBase + "fact-footnote";
    public const string SummationItem11 = "https://xbrl.org/2023/arcrole/summation-item";

    private static readonly XNamespace L = Dts.Link;
    private static readonly XNamespace X = Dts.XLink;

    private readonly List<NetworkRelationship> _all = [];
    private List<NetworkRelationship>? _effective;

    public Networks(Taxonomy taxonomy) => Taxonomy = taxonomy;

    public Taxonomy Taxonomy { get; }

    public IReadOnlyList<NetworkRelationship> All => _all;

    /// <summary>Builds the relationships of the DTS's linkbases, reporting each rule a linkbase breaks.</summary>
    public static Networks Build(Taxonomy taxonomy, DiagnosticBag diagnostics)
    {
        var networks = new Networks(taxonomy);
        foreach (var (document, linkbase) in taxonomy.Dts.Linkbases)
        {
            networks.AddLinkbase(taxonomy, document.Uri, document.LocalPath, linkbase, diagnostics, footnoteTarget: null);
        }

        NetworkRules.Check(networks, taxonomy, diagnostics);
        return networks;
    }

    /// <summary>
    /// Reads the extended links under <paramref name="container"/>. Locators are resolved in the DTS, or, for an instance's
    /// footnote links, by <paramref name="footnoteTarget"/>.
    /// </summary>
    public void AddLinkbase(Taxonomy taxonomy, string baseUri, string file, XElement container, DiagnosticBag diagnostics, Func<string, XElement?>? footnoteTarget)
    {
        var roleRefs = LinkbaseChecks.RoleRefs(taxonomy, baseUri, file, container, L + "roleRef", "roleURI", taxonomy.RoleTypes, diagnostics);
        var arcroleRefs = LinkbaseChecks.RoleRefs(taxonomy, baseUri, file, container, L + "arcroleRef", "arcroleURI", taxonomy.ArcroleTypes, diagnostics);
        foreach (var link in container.Elements().Where(e => (string?)e.Attribute(X + "type") == "extended"))
        {
            AddLink(taxonomy, baseUri, file, link, roleRefs, arcroleRefs, diagnostics, footnoteTarget);
        }
    }

    private void AddLink(Taxonomy taxonomy, string docUri, string file, XElement link, Dictionary<string, XElement> roleRefs, Dictionary<string, XElement> arcroleRefs,
        DiagnosticBag diagnostics, Func<string, XElement?>? footnoteTarget)
    {
        var isStandard = StandardLinkbase.StandardLinks.TryGetValue(link.Name, out var standard);
        var linkRole = (string?)link.Attribute(X + "role") ?? string.Empty;
        LinkbaseChecks.CheckRole(taxonomy, file, link, linkRole, roleRefs, diagnostics);
        var endpoints = new Dictionary<string, List<XElement>>(StringComparer.Ordinal);
        var remoteResources = new HashSet<string>(StringComparer.Ordinal);
        foreach (var child in link.Elements())
        {
            var type = (string?)child.Attribute(X + "type");
            var label = (string?)child.Attribute(X + "label");
            if (type is "locator" or "resource" && (string?)child.Attribute(X + "role") is { } role)
            {
                LinkbaseChecks.CheckRole(taxonomy, file, child, role, roleRefs, diagnostics);
            }

            if (type == "locator")
            {
                var target = ResolveLocator(taxonomy, docUri, file, link, child, isStandard, diagnostics, footnoteTarget);
                if (label is not null && target is not null)
                {
                    Add(endpoints, label, target);
                    if ((string?)target.Attribute(X + "type") == "resource")
                    {
                        remoteResources.Add(label);
                    }
                }
                else if (label is not null)
                {
                    endpoints.TryAdd(label, []);
                }
            }
            else if (type == "resource")
            {
                if (isStandard && standard.Resource is { } resourceName && child.Name != resourceName)
                {
                    diagnostics.Report(Codes.NonStandardInStandardLink, SafeXml.Span(file, child), child.Name.LocalName, link.Name.LocalName);
                }

                if (label is not null)
                {
                    Add(endpoints, label, child);
                }

                if (child.Name == L + "label" && !child.AncestorsAndSelf().Any(e => e.Attribute(XNamespace.Xml + "lang") is not null))
                {
                    diagnostics.Report(Codes.LabelLang, SafeXml.Span(file, child));
                }

                if ((string?)child.Attribute(XNamespace.Xml + "lang") is { } lang && !StandardLinkbase.IsLanguage(lang))
                {
                    diagnostics.Report(Codes.LanguageInvalid, SafeXml.Span(file, child), lang);
                }
            }
        }

        var pairs = new HashSet<(string, string)>();
        foreach (var arc in link.Elements().Where(e => (string?)e.Attribute(X + "type") == "arc"))
        {
            var from = (string?)arc.Attribute(X + "from") ?? string.Empty;
            var to = (string?)arc.Attribute(X + "to") ?? string.Empty;
            var arcrole = (string?)arc.Attribute(X + "arcrole") ?? string.Empty;
            if (!pairs.Add((from, to)))
            {
                diagnostics.Report(Codes.ArcDuplicate, SafeXml.Span(file, arc), from, to, link.Name.LocalName);
            }

            if (isStandard && arc.Name != standard.Arc)
            {
                diagnostics.Report(Codes.NonStandardInStandardLink, SafeXml.Span(file, arc), arc.Name.LocalName, link.Name.LocalName);
            }

            LinkbaseChecks.CheckArcrole(taxonomy, file, arc, arcrole, arcroleRefs, diagnostics);
            if ((string?)arc.Attribute(X + "role") is { } arcRole)
            {
                LinkbaseChecks.CheckRole(taxonomy, file, arc, arcRole, roleRefs, diagnostics);
            }

            if (!endpoints.TryGetValue(from, out var sources) || !endpoints.TryGetValue(to, out var targets))
            {
                diagnostics.Report(Codes.ArcEndpointMissing, SafeXml.Span(file, arc), endpoints.ContainsKey(from) ? to : from, link.Name.LocalName);
                continue;
            }

            var order = decimal.TryParse((string?)arc.Attribute("order"), NumberStyles.Float, CultureInfo.InvariantCulture, out var o) ? o : 1m;
            var priority = int.TryParse((string?)arc.Attribute("priority"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : 0;
            var prohibited = (string?)arc.Attribute("use") == "prohibited";
            if (isStandard && !prohibited && (remoteResources.Contains(to) || remoteResources.Contains(from)))
            {
                diagnostics.Report(Codes.RemoteResourceArc, SafeXml.Span(file, arc), to);
            }

            foreach (var s in sources)
            {
                foreach (var t in targets)
                {
                    var rel = new NetworkRelationship(arc, link, linkRole, arcrole, s, t, order, priority, prohibited, file);
                    LinkbaseChecks.CheckArcEndpoints(taxonomy, rel, diagnostics);
                    _all.Add(rel);
                }
            }
        }

        _effective = null;
    }

    private static void Add(Dictionary<string, List<XElement>> endpoints, string label, XElement target)
    {
        if (!endpoints.TryGetValue(label, out var list))
        {
            endpoints[label] = list = [];
        }

        if (!list.Contains(target))
        {
            list.Add(target);
        }
    }

    private static XElement? ResolveLocator(Taxonomy taxonomy, string docUri, string file, XElement link, XElement loc, bool isStandard, DiagnosticBag diagnostics,
        Func<string, XElement?>? footnoteTarget)
    {
        if (isStandard && loc.Name != L + "loc")
        {
            diagnostics.Report(Codes.NonStandardInStandardLink, SafeXml.Span(file, loc), loc.Name.LocalName, link.Name.LocalName);
        }

        var href = (string?)loc.Attribute(X + "href") ?? string.Empty;
        if (!StandardLinkbase.PointerAllowed(href))
        {
            diagnostics.Report(Codes.XPointerScheme, SafeXml.Span(file, loc), href);
            return null;
        }

        if (footnoteTarget is not null)
        {
            var fact = footnoteTarget(href);
            if (fact is null)
            {
                diagnostics.Report(Codes.FootnoteLocator, SafeXml.Span(file, loc), href);
            }

            return fact;
        }

        var (document, element) = taxonomy.Dts.Target(Dts.BaseUri(docUri, loc, file), href);
        if (element is null || document is null)
        {
            // link:loc must point into the DTS; other locators do not discover, and what they point to is their own affair.
            // A locator into a schema that is not at hand (the taxonomy missing, said once) is not the linkbase's fault.
            if (loc.Name == L + "loc" && !taxonomy.Dts.IsMissing(Dts.BaseUri(docUri, loc, file), href))
            {
                diagnostics.Report(Codes.LocatorTarget, SafeXml.Span(file, loc), href);
            }

            return null;
        }

        var resourceAllowed = isStandard && StandardLinkbase.StandardLinks[link.Name].Resource is { } resourceName && element.Name == resourceName;
        if (isStandard && link.Name != L + "footnoteLink" && !resourceAllowed && taxonomy.ConceptOf(document, element) is null)
        {
            diagnostics.Report(Codes.LocatorNotConcept, SafeXml.Span(file, loc), href, link.Name.LocalName);
            return null;
        }

        return element;
    }

    /// <summary>The concept a relationship endpoint (a schema element found through a locator) declares.</summary>
    public static XbrlConcept? ConceptAt(Taxonomy taxonomy, XElement endpoint)
    {
        if (taxonomy.DeclaredBy(endpoint) is { } declared)
        {
            return declared;
        }

        if (endpoint.Name != Dts.Xsd + "element" || (string?)endpoint.Attribute("name") is not { } name)
        {
            return null;
        }

        var tns = (string?)endpoint.Document?.Root?.Attribute("targetNamespace") ?? string.Empty;
        return taxonomy.Concept(XName.Get(name, tns));
    }

    /// <summary>The relationships in force after prohibition and override: of equivalent relationships, those of the highest priority, unless one of them prohibits.</summary>
    public IReadOnlyList<NetworkRelationship> Effective
    {
        get
        {
            if (_effective is not null)
            {
                return _effective;
            }

            return _effective = RelationshipEquivalence.Effective(_all, Taxonomy);
        }
    }
}
