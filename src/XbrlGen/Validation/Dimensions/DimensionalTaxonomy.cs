using System.Xml.Linq;
using System.Xml.Schema;
using System.Xml;
using XbrlGen.Diagnostics;
using XbrlGen.Validation.Linkbases;
using XbrlGen.Validation.Taxonomies;

namespace XbrlGen.Validation.Dimensions;

/// <summary>
/// The dimensional relationship sets of a DTS (XBRL Dimensions 1.0): hypercubes and dimensions, has-hypercube,
/// hypercube-dimension, dimension-domain, domain-member and dimension-default relationships by arcrole and link role;
/// checked once against the taxonomy rules (xbrldte), then used to decide each fact's dimensional validity.
/// </summary>
public sealed partial class DimensionalTaxonomy
{
    public const string XbrldtNs = XbrlNamespaces.Xbrldt;
    public static readonly XNamespace Xbrldt = XbrldtNs;
    public const string ArcroleBase = "http://xbrl.org/int/dim/arcrole/";
    public const string All = ArcroleBase + "all";
    public const string NotAll = ArcroleBase + "notAll";
    public const string HypercubeDimension = ArcroleBase + "hypercube-dimension";
    public const string DimensionDomain = ArcroleBase + "dimension-domain";
    public const string DomainMember = ArcroleBase + "domain-member";
    public const string DimensionDefault = ArcroleBase + "dimension-default";

    private static readonly XmlQualifiedName HypercubeItem = new("hypercubeItem", XbrldtNs);
    private static readonly XmlQualifiedName DimensionItem = new("dimensionItem", XbrldtNs);

    private readonly Taxonomy _taxonomy;
    private readonly Dictionary<(string Arcrole, string Elr), Dictionary<XbrlConcept, List<DimensionRelationship>>> _sets = [];
    private readonly Dictionary<XbrlConcept, List<DimensionRelationship>> _domainMemberTo = [];
    private readonly Dictionary<XbrlConcept, XbrlConcept> _defaults = [];
    private readonly HashSet<XbrlConcept> _hypercubes = [];
    private readonly HashSet<XbrlConcept> _conflictingDefaults = [];
    private readonly Dictionary<XbrlConcept, XmlSchemaElement?> _dimensions = [];
    private readonly Dictionary<XbrlConcept, Dictionary<string, List<DimensionRelationship>>> _hasHypercubes = [];
    private readonly Dictionary<(XbrlConcept Dimension, string Elr), HashSet<XbrlConcept>> _usable = [];

    private DimensionalTaxonomy(Taxonomy taxonomy) => _taxonomy = taxonomy;

    /// <summary>Whether the DTS uses XBRL Dimensions at all (it includes the xbrldt schema).</summary>
    public bool Applies { get; private init; }

    public bool IsDimension(XbrlConcept concept) => _dimensions.ContainsKey(concept);

    /// <summary>The typed dimension's domain element (null for an explicit dimension, or one whose typedDomainRef is broken).</summary>
    public bool IsTyped(XbrlConcept dimension, out XmlSchemaElement? domain)
    {
        domain = _dimensions.GetValueOrDefault(dimension);
        return TypedDomainRef(dimension.Element) is not null;
    }

    /// <summary>A declaration's xbrldt:typedDomainRef attribute, if it has one.</summary>
    private static string? TypedDomainRef(XmlSchemaElement element) =>
        element.UnhandledAttributes?.FirstOrDefault(a => a.LocalName == "typedDomainRef" && a.NamespaceURI == XbrldtNs)?.Value;

    public XbrlConcept? DefaultOf(XbrlConcept dimension) => _defaults.GetValueOrDefault(dimension);

    /// <summary>Whether the dimension has more than one default (an xbrldte error): which of them an instance may not write is then undefined.</summary>
    public bool HasConflictingDefaults(XbrlConcept dimension) => _conflictingDefaults.Contains(dimension);

    public Taxonomy Taxonomy => _taxonomy;

    private bool IsPrimary(XbrlConcept c) => c.IsItem && !_hypercubes.Contains(c) && !_dimensions.ContainsKey(c);

    public static DimensionalTaxonomy Build(Taxonomy taxonomy, Networks networks, DiagnosticBag diagnostics)
    {
        var applies = taxonomy.Schemas.Schemas(XbrldtNs).Count > 0;
        var drs = new DimensionalTaxonomy(taxonomy) { Applies = applies };
        if (!applies)
        {
            return drs;
        }

        drs.ReadConcepts(diagnostics);
        drs.ReadRelationships(networks, diagnostics);
        drs.CheckDrs(diagnostics);
        return drs;
    }

    private bool SubstitutesFor(XmlSchemaElement element, XmlQualifiedName head)
    {
        var seen = new HashSet<XmlQualifiedName>();
        for (var h = element.SubstitutionGroup; !h.IsEmpty && seen.Add(h); h = (_taxonomy.Schemas.GlobalElements[h] as XmlSchemaElement)?.SubstitutionGroup ?? XmlQualifiedName.Empty)
        {
            if (h == head)
            {
                return true;
            }
        }

        return false;
    }

    private void ReadConcepts(DiagnosticBag diagnostics)
    {
        // typedDomainRef belongs on dimensions only; elements that are no items at all are checked here.
        foreach (XmlSchemaElement element in _taxonomy.Schemas.GlobalElements.Values)
        {
            if (_taxonomy.Concepts.GetValueOrDefault(element.QualifiedName) is not { IsItem: true }
                && TypedDomainRef(element) is not null)
            {
                diagnostics.Report(Codes.TypedDomainRefOnNonDimension, _taxonomy.SpanOf(element), element.QualifiedName.Name);
            }
        }

        foreach (var concept in _taxonomy.Concepts.Values.Where(c => c.IsItem))
        {
            var typedRef = TypedDomainRef(concept.Element);
            if (SubstitutesFor(concept.Element, HypercubeItem))
            {
                _hypercubes.Add(concept);
                if (!concept.IsAbstract)
                {
                    diagnostics.Report(Codes.HypercubeNotAbstract, concept.Span, concept.Display);
                }
            }
            else if (SubstitutesFor(concept.Element, DimensionItem))
            {
                _dimensions[concept] = typedRef is null ? null : TypedDomain(concept, typedRef, diagnostics);
                if (!concept.IsAbstract)
                {
                    diagnostics.Report(Codes.DimensionNotAbstract, concept.Span, concept.Display);
                }

                continue;
            }

            if (typedRef is not null)
            {
                diagnostics.Report(Codes.TypedDomainRefOnNonDimension, concept.Span, concept.Display);
            }
        }
    }

    /// <summary>The element declaration a typed dimension's typedDomainRef points to, in the DTS (xbrldte rules 2.5.2.1).</summary>
    private XmlSchemaElement? TypedDomain(XbrlConcept dimension, string href, DiagnosticBag diagnostics)
    {
        if (!href.Contains('#', StringComparison.Ordinal) || href.EndsWith('#'))
        {
            diagnostics.Report(Codes.TypedDomainRefNoFragment, dimension.Span, dimension.Display, href);
            return null;
        }

        var (document, element) = _taxonomy.Dts.Target(dimension.Element.SourceUri ?? string.Empty, href);
        if (document is null)
        {
            diagnostics.Report(Codes.TypedDomainRefOutOfDts, dimension.Span, dimension.Display, href);
            return null;
        }

        if (element is null || element.Name != Dts.Xsd + "element" || element.Parent != document.Xml.Root || (string?)element.Attribute("name") is not { } name
            || _taxonomy.Schemas.GlobalElements[new XmlQualifiedName(name, document.TargetNamespace)] is not XmlSchemaElement declaration || declaration.IsAbstract)
        {
            diagnostics.Report(Codes.TypedDomainRefTarget, dimension.Span, dimension.Display, href);
            return null;
        }

        return declaration;
    }

    private void ReadRelationships(Networks networks, DiagnosticBag diagnostics)
    {
        // targetRole needs a roleRef in the arc's own linkbase (standard roles aside).
        foreach (var r in networks.All.Where(r => r.Arcrole.StartsWith(ArcroleBase, StringComparison.Ordinal) && r.Arc.Name == Dts.Link + "definitionArc"))
        {
            if ((string?)r.Arc.Attribute(Xbrldt + "targetRole") is { } targetRole && !StandardLinkbase.IsStandardRole(targetRole, out _)
                && !r.Link.Parent!.Elements(Dts.Link + "roleRef").Any(e => (string?)e.Attribute("roleURI") == targetRole))
            {
                diagnostics.Report(Codes.TargetRoleNotResolved, SafeXml.Span(r.File, r.Arc), targetRole);
            }
        }

        foreach (var r in networks.Effective.Where(r => r.Arcrole.StartsWith(ArcroleBase, StringComparison.Ordinal)))
        {
            var from = Networks.ConceptAt(_taxonomy, r.From);
            var to = Networks.ConceptAt(_taxonomy, r.To);
            var span = SafeXml.Span(r.File, r.Arc);
            string Name(XbrlConcept? c, XElement e) => c?.Display ?? (string?)e.Attribute("name") ?? e.Name.LocalName;
            var (f, t) = (Name(from, r.From), Name(to, r.To));
            switch (r.Arcrole)
            {
                case HypercubeDimension:
                    Check(from is not null && _hypercubes.Contains(from), Codes.HypercubeDimensionSource);
                    Check(to is not null && _dimensions.ContainsKey(to), Codes.HypercubeDimensionTarget);
                    break;
                case All or NotAll:
                    Check(from is not null && IsPrimary(from), Codes.HasHypercubeSource, r.Arcrole[ArcroleBase.Length..]);
                    Check(to is not null && _hypercubes.Contains(to), Codes.HasHypercubeTarget, r.Arcrole[ArcroleBase.Length..]);
                    Check((string?)r.Arc.Attribute(Xbrldt + "contextElement") is "segment" or "scenario", Codes.HasHypercubeContextElement, r.Arcrole[ArcroleBase.Length..]);
                    break;
                case DimensionDomain:
                    Check(from is not null && _dimensions.ContainsKey(from) && !IsTyped(from, out _), Codes.DimensionDomainSource);
                    Check(to is not null && IsPrimary(to), Codes.DimensionDomainTarget);
                    break;
                case DomainMember:
                    Check(from is not null && IsPrimary(from), Codes.DomainMemberSource);
                    Check(to is not null && IsPrimary(to), Codes.DomainMemberTarget);
                    break;
                case DimensionDefault:
                    Check(from is not null && _dimensions.ContainsKey(from) && !IsTyped(from, out _), Codes.DimensionDefaultSource);
                    Check(to is not null && IsPrimary(to), Codes.DimensionDefaultTarget);
                    if (from is not null && to is not null)
                    {
                        if (_defaults.TryGetValue(from, out var other) && other != to)
                        {
                            diagnostics.Report(Codes.TooManyDefaults, span, from.Display, other.Display, to.Display);
                            _conflictingDefaults.Add(from);
                        }
                        else
                        {
                            _defaults[from] = to;
                        }
                    }

                    break;
            }

            if (from is null || to is null)
            {
                continue;
            }

            var target = (string?)r.Arc.Attribute(Xbrldt + "targetRole");
            var closed = (string?)r.Arc.Attribute(Xbrldt + "closed") is "true" or "1";
            var usable = (string?)r.Arc.Attribute(Xbrldt + "usable") is not ("false" or "0");
            var rel = new DimensionRelationship(from, to, r.LinkRole, target, closed, (string?)r.Arc.Attribute(Xbrldt + "contextElement"), usable, r.Arcrole == NotAll, r);
            var key = (r.Arcrole is NotAll ? All : r.Arcrole, r.LinkRole);
            if (!_sets.TryGetValue(key, out var byFrom))
            {
                _sets[key] = byFrom = [];
            }

            Add(byFrom, from, rel);
            if (r.Arcrole == DomainMember)
            {
                Add(_domainMemberTo, to, rel);
            }

            void Check(bool ok, DiagnosticDescriptor descriptor, string? arcrole = null)
            {
                if (!ok)
                {
                    diagnostics.Report(descriptor, span, arcrole is null ? [f, t, r.LinkRole] : [arcrole, f, t, r.LinkRole]);
                }
            }
        }

        static void Add(Dictionary<XbrlConcept, List<DimensionRelationship>> map, XbrlConcept key, DimensionRelationship rel)
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }

            list.Add(rel);
        }
    }

    /// <summary>The relationships of one arcrole (all and notAll together) and link role from a concept.</summary>
    internal IReadOnlyList<DimensionRelationship> From(string arcrole, string elr, XbrlConcept from) =>
        _sets.TryGetValue((arcrole, elr), out var byFrom) && byFrom.TryGetValue(from, out var list) ? list : [];

    /// <summary>
    /// The has-hypercube relationships that apply to a primary item, by link role: its own, and those it inherits from the
    /// primary items above it through domain-member relationships (XDT 2.3.1). Cached per primary item.
    /// </summary>
    internal Dictionary<string, List<DimensionRelationship>> HypercubesOf(XbrlConcept primary)
    {
        lock (_hasHypercubes)
        {
            if (!_hasHypercubes.TryGetValue(primary, out var byElr))
            {
                byElr = new Dictionary<string, List<DimensionRelationship>>(StringComparer.Ordinal);
                Inherit(primary, null, byElr, []);
                _hasHypercubes[primary] = byElr;
            }

            return byElr;
        }
    }

    private void Inherit(XbrlConcept primary, string? elr, Dictionary<string, List<DimensionRelationship>> byElr, HashSet<(string?, XbrlConcept)> seen)
    {
        if (!seen.Add((elr, primary)))
        {
            return;
        }

        foreach (var ((arcrole, linkRole), byFrom) in _sets)
        {
            if (arcrole == All && (elr is null || elr == linkRole) && byFrom.TryGetValue(primary, out var rels))
            {
                if (!byElr.TryGetValue(linkRole, out var list))
                {
                    byElr[linkRole] = list = [];
                }

                list.AddRange(rels);
            }
        }

        foreach (var rel in _domainMemberTo.GetValueOrDefault(primary) ?? [])
        {
            if (elr is null || elr == rel.Next)
            {
                Inherit(rel.From, rel.Elr, byElr, seen);
            }
        }
    }

    /// <summary>Whether a member is usable in a dimension's domain as seen from a link role (cached per dimension and role).</summary>
    internal bool MemberUsable(XbrlConcept dimension, XbrlConcept member, string elr)
    {
        lock (_usable)
        {
            if (!_usable.TryGetValue((dimension, elr), out var usable))
            {
                usable = [];
                var unusable = new HashSet<XbrlConcept>();
                Collect(From(DimensionDomain, elr, dimension), []);
                usable.ExceptWith(unusable);
                _usable[(dimension, elr)] = usable;

                void Collect(IReadOnlyList<DimensionRelationship> rels, Dictionary<XbrlConcept, HashSet<string>> visiting)
                {
                    foreach (var rel in rels)
                    {
                        (rel.Usable ? usable : unusable).Add(rel.To);
                        if (!visiting.TryGetValue(rel.To, out var roles))
                        {
                            visiting[rel.To] = roles = new HashSet<string>(StringComparer.Ordinal);
                        }

                        if (roles.Add(rel.Next))
                        {
                            Collect(From(DomainMember, rel.Next, rel.To), visiting);
                            roles.Remove(rel.Next);
                        }
                    }
                }
            }

            return usable.Contains(member);
        }
    }
}
