using System.Globalization;
using System.Xml.Linq;
using XbrlGen.Diagnostics;

namespace XbrlGen.Validation;

/// <summary>One arc of an extended link, resolved: the relationship from one endpoint to another it expresses.</summary>
public sealed record NetworkRelationship(
    XElement Arc,
    XElement Link,
    string LinkRole,
    string Arcrole,
    XElement From,
    XElement To,
    decimal Order,
    int Priority,
    bool Prohibited,
    string File)
{
    /// <summary>The base set the relationship belongs to: arc element, link element, link role and arcrole.</summary>
    public (XName Arc, XName Link, string LinkRole, string Arcrole) BaseSet => (Arc.Name, Link.Name, LinkRole, Arcrole);

    public decimal Weight => decimal.TryParse((string?)Arc.Attribute("weight"), NumberStyles.Float, CultureInfo.InvariantCulture, out var w) ? w : 0m;
}

/// <summary>
/// The relationships of a DTS's linkbases (or of an instance's footnote links), checked against the XLink and XBRL 2.1
/// linkbase rules (section 3.5 and 5.2): locators and their targets, arcs and arcroles, roleRef and arcroleRef
/// declarations and usedOn, standard roles; then prohibition and override (3.5.3.9.7), and cycles per arcrole.
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

    /// <summary>The arc each standard arcrole belongs on, and the cycles it allows (XBRL 2.1 section 5.2).</summary>
    public static readonly IReadOnlyDictionary<string, (XName Arc, string Cycles)> StandardArcroles = new Dictionary<string, (XName, string)>(StringComparer.Ordinal)
    {
        [ConceptLabel] = (L + "labelArc", "any"),
        [ConceptReference] = (L + "referenceArc", "any"),
        [SummationItem] = (L + "calculationArc", "any"),
        [ParentChild] = (L + "presentationArc", "undirected"),
        [GeneralSpecial] = (L + "definitionArc", "undirected"),
        [EssenceAlias] = (L + "definitionArc", "undirected"),
        [SimilarTuples] = (L + "definitionArc", "any"),
        [RequiresElement] = (L + "definitionArc", "any"),
        [FactFootnote] = (L + "footnoteArc", "any"),
    };

    private static readonly string[] LabelRoles =
    [
        "label", "terseLabel", "verboseLabel", "positiveLabel", "positiveTerseLabel", "positiveVerboseLabel", "negativeLabel",
        "negativeTerseLabel", "negativeVerboseLabel", "zeroLabel", "zeroTerseLabel", "zeroVerboseLabel", "totalLabel", "periodStartLabel",
        "periodEndLabel", "documentation", "definitionGuidance", "disclosureGuidance", "presentationGuidance", "measurementGuidance",
        "commentaryGuidance", "exampleGuidance",
    ];

    private static readonly string[] ReferenceRoles =
    [
        "reference", "definitionRef", "disclosureRef", "mandatoryDisclosureRef", "recommendedDisclosureRef", "unspecifiedDisclosureRef",
        "presentationRef", "measurementRef", "commentaryRef", "exampleRef",
    ];

    private static readonly string[] LinkbaseRefRoles = ["calculationLinkbaseRef", "definitionLinkbaseRef", "labelLinkbaseRef", "presentationLinkbaseRef", "referenceLinkbaseRef"];

    /// <summary>The standard extended links, with the locator, resource and arc elements allowed in them.</summary>
    private static readonly Dictionary<XName, (XName? Resource, XName Arc)> StandardLinks = new()
    {
        [L + "labelLink"] = (L + "label", L + "labelArc"),
        [L + "referenceLink"] = (L + "reference", L + "referenceArc"),
        [L + "calculationLink"] = (null, L + "calculationArc"),
        [L + "definitionLink"] = (null, L + "definitionArc"),
        [L + "presentationLink"] = (null, L + "presentationArc"),
        [L + "footnoteLink"] = (L + "footnote", L + "footnoteArc"),
    };

    private readonly List<NetworkRelationship> _all = [];
    private List<NetworkRelationship>? _effective;

    public Networks(Taxonomy taxonomy) => Taxonomy = taxonomy;

    public Taxonomy Taxonomy { get; }

    public IReadOnlyList<NetworkRelationship> All => _all;

    /// <summary>Whether a role is a standard XBRL 2.1 role, and the element it belongs on (null: any extended link).</summary>
    public static bool IsStandardRole(string role, out XName? allowedOn)
    {
        var local = role.StartsWith(RoleBase, StringComparison.Ordinal) ? role[RoleBase.Length..] : null;
        allowedOn = local switch
        {
            _ when LabelRoles.Contains(local) => L + "label",
            _ when ReferenceRoles.Contains(local) => L + "reference",
            _ when LinkbaseRefRoles.Contains(local) => L + "linkbaseRef",
            "footnote" => L + "footnote",
            _ => null,
        };
        return allowedOn is not null || local == "link";
    }

    /// <summary>Builds the relationships of the DTS's linkbases, reporting each rule a linkbase breaks.</summary>
    public static Networks Build(Taxonomy taxonomy, DiagnosticBag diagnostics)
    {
        var networks = new Networks(taxonomy);
        foreach (var (document, linkbase) in taxonomy.Dts.Linkbases)
        {
            networks.AddLinkbase(taxonomy, document.Uri, document.LocalPath, linkbase, diagnostics, footnoteTarget: null);
        }

        networks.CheckDtsRules(taxonomy, diagnostics);
        return networks;
    }

    /// <summary>
    /// Reads the extended links under <paramref name="container"/>. Locators are resolved in the DTS, or, for an instance's
    /// footnote links, by <paramref name="footnoteTarget"/>.
    /// </summary>
    public void AddLinkbase(Taxonomy taxonomy, string baseUri, string file, XElement container, DiagnosticBag diagnostics, Func<string, XElement?>? footnoteTarget)
    {
        var roleRefs = RoleRefs(taxonomy, baseUri, file, container, L + "roleRef", "roleURI", taxonomy.RoleTypes, diagnostics);
        var arcroleRefs = RoleRefs(taxonomy, baseUri, file, container, L + "arcroleRef", "arcroleURI", taxonomy.ArcroleTypes, diagnostics);
        foreach (var link in container.Elements().Where(e => (string?)e.Attribute(X + "type") == "extended"))
        {
            AddLink(taxonomy, baseUri, file, link, roleRefs, arcroleRefs, diagnostics, footnoteTarget);
        }
    }

    private static Dictionary<string, XElement> RoleRefs(Taxonomy taxonomy, string docUri, string file, XElement container, XName name, string uriAttribute,
        Dictionary<string, List<RoleDeclaration>> declared, DiagnosticBag diagnostics)
    {
        var refs = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var r in container.Elements(name))
        {
            var uri = (string?)r.Attribute(uriAttribute) ?? string.Empty;
            if (!refs.TryAdd(uri, r))
            {
                diagnostics.Report(Codes.RoleRefDuplicate, SafeXml.Span(file, r), name.LocalName, uri);
            }

            var (_, target) = taxonomy.Dts.Target(Dts.BaseUri(docUri, r, file), (string?)r.Attribute(X + "href") ?? string.Empty);
            var expected = name.LocalName == "roleRef" ? L + "roleType" : L + "arcroleType";
            if (target is null || target.Name != expected || (string?)target.Attribute(uriAttribute) != uri || !declared.ContainsKey(uri))
            {
                diagnostics.Report(Codes.RoleRefTarget, SafeXml.Span(file, r), name.LocalName, uri, expected.LocalName);
            }
        }

        return refs;
    }

    private void AddLink(Taxonomy taxonomy, string docUri, string file, XElement link, Dictionary<string, XElement> roleRefs, Dictionary<string, XElement> arcroleRefs,
        DiagnosticBag diagnostics, Func<string, XElement?>? footnoteTarget)
    {
        var isStandard = StandardLinks.TryGetValue(link.Name, out var standard);
        var linkRole = (string?)link.Attribute(X + "role") ?? string.Empty;
        CheckRole(taxonomy, file, link, linkRole, roleRefs, diagnostics);
        var endpoints = new Dictionary<string, List<XElement>>(StringComparer.Ordinal);
        var remoteResources = new HashSet<string>(StringComparer.Ordinal);
        foreach (var child in link.Elements())
        {
            var type = (string?)child.Attribute(X + "type");
            var label = (string?)child.Attribute(X + "label");
            if (type is "locator" or "resource" && (string?)child.Attribute(X + "role") is { } role)
            {
                CheckRole(taxonomy, file, child, role, roleRefs, diagnostics);
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

                if ((string?)child.Attribute(XNamespace.Xml + "lang") is { } lang && !IsLanguage(lang))
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

            CheckArcrole(taxonomy, file, arc, arcrole, arcroleRefs, diagnostics);
            if ((string?)arc.Attribute(X + "role") is { } arcRole)
            {
                CheckRole(taxonomy, file, arc, arcRole, roleRefs, diagnostics);
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
                    CheckArcEndpoints(taxonomy, rel, diagnostics);
                    _all.Add(rel);
                }
            }
        }

        _effective = null;
    }

    /// <summary>xs:language: <c>[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*</c> (or empty, which xml:lang allows).</summary>
    public static bool IsLanguage(string text) =>
        text.Length == 0 || System.Text.RegularExpressions.Regex.IsMatch(text, "^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

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
        if (!PointerAllowed(href))
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
            if (loc.Name == L + "loc")
            {
                diagnostics.Report(Codes.LocatorTarget, SafeXml.Span(file, loc), href);
            }

            return null;
        }

        var resourceAllowed = isStandard && StandardLinks[link.Name].Resource is { } resourceName && element.Name == resourceName;
        if (isStandard && link.Name != L + "footnoteLink" && !resourceAllowed && taxonomy.ConceptOf(document, element) is null)
        {
            diagnostics.Report(Codes.LocatorNotConcept, SafeXml.Span(file, loc), href, link.Name.LocalName);
            return null;
        }

        return element;
    }

    /// <summary>XBRL 2.1 section 3.5.4: shorthand pointers and element() scheme pointers only.</summary>
    public static bool PointerAllowed(string href)
    {
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        if (hash < 0)
        {
            return true;
        }

        var fragment = Uri.UnescapeDataString(href[(hash + 1)..]);
        if (!fragment.Contains('(', StringComparison.Ordinal))
        {
            return true;
        }

        var rest = fragment.Trim();
        while (rest.Length > 0)
        {
            if (!rest.StartsWith("element(", StringComparison.Ordinal))
            {
                return false;
            }

            var close = rest.IndexOf(')', StringComparison.Ordinal);
            if (close < 0)
            {
                return false;
            }

            rest = rest[(close + 1)..].TrimStart();
        }

        return true;
    }

    private static void CheckRole(Taxonomy taxonomy, string file, XElement element, string role, Dictionary<string, XElement> roleRefs, DiagnosticBag diagnostics)
    {
        if (role.Length == 0 || element.Name.Namespace != L)
        {
            return;
        }

        if (IsStandardRole(role, out var allowedOn))
        {
            var isLink = (string?)element.Attribute(X + "type") == "extended";
            var ok = allowedOn is null ? isLink : element.Name == allowedOn;
            if (!ok)
            {
                diagnostics.Report(Codes.StandardRoleMisused, SafeXml.Span(file, element), role, element.Name.LocalName);
            }

            return;
        }

        CheckDeclared(file, element, role, roleRefs, "roleRef", taxonomy.RoleTypes, diagnostics);
    }

    /// <summary>A custom role or arcrole needs a roleRef or arcroleRef in the same document, and a declaration usedOn the element.</summary>
    private static void CheckDeclared(string file, XElement element, string uri, Dictionary<string, XElement> refs, string refName,
        Dictionary<string, List<RoleDeclaration>> declared, DiagnosticBag diagnostics)
    {
        if (!refs.ContainsKey(uri))
        {
            diagnostics.Report(Codes.RoleNotReferenced, SafeXml.Span(file, element), uri, refName);
            return;
        }

        if (declared.TryGetValue(uri, out var declarations) && !declarations.Any(d => d.UsedOn.Contains(element.Name)))
        {
            diagnostics.Report(Codes.UsedOnMissing, SafeXml.Span(file, element), uri, element.Name.LocalName);
        }
    }

    private static void CheckArcrole(Taxonomy taxonomy, string file, XElement arc, string arcrole, Dictionary<string, XElement> arcroleRefs, DiagnosticBag diagnostics)
    {
        if (StandardArcroles.TryGetValue(arcrole, out var standard))
        {
            if (arc.Name.Namespace == L && arc.Name != standard.Arc)
            {
                diagnostics.Report(Codes.StandardArcroleMisused, SafeXml.Span(file, arc), arcrole, arc.Name.LocalName);
            }

            return;
        }

        if (arcrole.Length == 0 || arc.Name.Namespace != L)
        {
            return;
        }

        CheckDeclared(file, arc, arcrole, arcroleRefs, "arcroleRef", taxonomy.ArcroleTypes, diagnostics);
    }

    private static void CheckArcEndpoints(Taxonomy taxonomy, NetworkRelationship rel, DiagnosticBag diagnostics)
    {
        var span = SafeXml.Span(rel.File, rel.Arc);
        var from = ConceptAt(taxonomy, rel.From);
        var to = ConceptAt(taxonomy, rel.To);
        switch (rel.Arcrole)
        {
            case SummationItem or SummationItem11:
                if (from is not { IsItem: true, IsNumeric: true } || to is not { IsItem: true, IsNumeric: true })
                {
                    diagnostics.Report(Codes.SummationEndpoints, span);
                    break;
                }

                var weight = rel.Weight;
                if (weight == 0)
                {
                    diagnostics.Report(Codes.WeightZero, span);
                }
                else if (from.Balance != Balance.None && to.Balance != Balance.None && (from.Balance == to.Balance) != (weight > 0))
                {
                    diagnostics.Report(Codes.BalanceWeight, span, from.Display, from.Balance.ToXml()!, to.Display, to.Balance.ToXml()!, weight.ToString(CultureInfo.InvariantCulture));
                }

                break;
            case EssenceAlias:
                if (from is not { IsItem: true } || to is not { IsItem: true }
                    || from.Element.ElementSchemaType != to.Element.ElementSchemaType || from.PeriodType != to.PeriodType || from.Balance != to.Balance)
                {
                    diagnostics.Report(Codes.EssenceAliasEndpoints, span, from?.Display ?? "?", to?.Display ?? "?");
                }

                break;
            case ConceptLabel when rel.To.Name != L + "label":
            case ConceptReference when rel.To.Name != L + "reference":
            case FactFootnote when rel.To.Name != L + "footnote":
                diagnostics.Report(Codes.ArcEndpointType, span, rel.Arcrole, rel.To.Name.LocalName);
                break;
        }
    }

    /// <summary>The concept a relationship endpoint (a schema element found through a locator) declares.</summary>
    public static XbrlConcept? ConceptAt(Taxonomy taxonomy, XElement endpoint)
    {
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

            _effective = [];
            foreach (var group in _all.GroupBy(r => EquivalenceKey(r, Taxonomy), StringComparer.Ordinal))
            {
                var top = group.Max(r => r.Priority);
                var winners = group.Where(r => r.Priority == top).ToList();
                if (!winners.Any(r => r.Prohibited))
                {
                    _effective.Add(winners[0]);
                }
            }

            return _effective;
        }
    }

    /// <summary>NetworkRelationship equivalence (3.5.3.9.7.4): same base set, same endpoints, equal non-exempt attributes.</summary>
    private static string EquivalenceKey(NetworkRelationship r, Taxonomy taxonomy)
    {
        var attributes = r.Arc.Attributes()
            .Where(a => !a.IsNamespaceDeclaration && a.Name.Namespace != X && a.Name != "use" && a.Name != "priority" && a.Name != "order")
            .Select(a => a.Name + "=" + (a.Name == "weight" ? Number(a.Value) : Taxonomy.Canonical(a.Value, taxonomy.AttributeType(r.Arc.Name, a.Name))))
            .Append("order=" + r.Order.ToString("G29", CultureInfo.InvariantCulture))
            .OrderBy(a => a, StringComparer.Ordinal);
        return string.Join("\u0001", [r.BaseSet.ToString(), Identity(r.From), Identity(r.To), .. attributes]);
    }

    private static string Number(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d.ToString("G29", CultureInfo.InvariantCulture) : text.Trim();

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<XElement, string> Identities = [];
    private static int _next;

    private static string Identity(XElement e) => Identities.GetValue(e, _ => Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture));

    /// <summary>DTS-wide rules on the effective networks: cycles per arcrole, preferred labels.</summary>
    private void CheckDtsRules(Taxonomy taxonomy, DiagnosticBag diagnostics)
    {
        // Cycle rules bind standard arcs; custom arcs in custom links may form any cycles.
        foreach (var set in Effective.Where(r => r.Arc.Name.Namespace == L).GroupBy(r => r.BaseSet))
        {
            var cycles = StandardArcroles.TryGetValue(set.Key.Arcrole, out var standard) ? standard.Cycles
                : taxonomy.ArcroleTypes.TryGetValue(set.Key.Arcrole, out var declared) ? declared[0].CyclesAllowed ?? "any"
                : "any";
            if (cycles == "any")
            {
                continue;
            }

            var edges = set.Select(r => (r.From, r.To, r)).DistinctBy(e => (e.From, e.To)).ToList();
            var offending = cycles == "none" ? UndirectedCycle(edges) : DirectedCycle(edges);
            if (offending is not null)
            {
                diagnostics.Report(Codes.Cycle, SafeXml.Span(offending.File, offending.Arc), set.Key.Arcrole, cycles, set.Key.LinkRole);
            }
        }

        var labels = Effective.Where(r => r.Arcrole == ConceptLabel)
            .Select(r => (r.From, Role: (string?)r.To.Attribute(X + "role") ?? RoleBase + "label"))
            .ToHashSet();
        foreach (var r in Effective.Where(r => r.Arcrole == ParentChild && r.Arc.Attribute("preferredLabel") is not null))
        {
            var preferred = (string)r.Arc.Attribute("preferredLabel")!;
            if (!labels.Contains((r.To, preferred)))
            {
                diagnostics.Report(Codes.PreferredLabelMissing, SafeXml.Span(r.File, r.Arc), preferred, ConceptAt(taxonomy, r.To)?.Display ?? "?");
            }
        }
    }

    internal static NetworkRelationship? DirectedCycle(List<(XElement From, XElement To, NetworkRelationship R)> edges)
    {
        var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.ToList());
        var state = new Dictionary<XElement, int>();
        foreach (var start in next.Keys)
        {
            if (state.ContainsKey(start))
            {
                continue;
            }

            var stack = new Stack<(XElement Node, int Index)>();
            stack.Push((start, 0));
            state[start] = 1;
            while (stack.Count > 0)
            {
                var (node, index) = stack.Pop();
                var outs = next.GetValueOrDefault(node);
                if (outs is null || index >= outs.Count)
                {
                    state[node] = 2;
                    continue;
                }

                stack.Push((node, index + 1));
                var edge = outs[index];
                var s = state.GetValueOrDefault(edge.To);
                if (s == 1)
                {
                    return edge.R;
                }

                if (s == 0)
                {
                    state[edge.To] = 1;
                    stack.Push((edge.To, 0));
                }
            }
        }

        return null;
    }

    internal static NetworkRelationship? UndirectedCycle(List<(XElement From, XElement To, NetworkRelationship R)> edges)
    {
        var parent = new Dictionary<XElement, XElement>();
        XElement Find(XElement x)
        {
            while (parent.TryGetValue(x, out var p) && p != x)
            {
                x = p;
            }

            return x;
        }

        foreach (var (from, to, r) in edges)
        {
            var a = Find(from);
            var b = Find(to);
            if (a == b)
            {
                return r;
            }

            parent[a] = b;
        }

        return null;
    }
}
