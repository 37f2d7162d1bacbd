using System.Globalization;
using System.Xml.Linq;
using XbrlGen.Diagnostics;
using XbrlGen.Validation.Taxonomies;

namespace XbrlGen.Validation.Linkbases;

/// <summary>
/// The XBRL 2.1 and XLink rules on one linkbase's parts, as its relationships are read (sections 3.5 and 5.2): roleRef
/// and arcroleRef targets, custom roles and arcroles referenced and used on declared elements, standard roles and
/// arcroles on their own elements, and the endpoints each standard arcrole needs.
/// </summary>
internal static class LinkbaseChecks
{
    private static readonly XNamespace L = Dts.Link;
    private static readonly XNamespace X = Dts.XLink;

    public static Dictionary<string, XElement> RoleRefs(Taxonomy taxonomy, string docUri, string file, XElement container, XName name, string uriAttribute,
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

            var href = (string?)r.Attribute(X + "href") ?? string.Empty;
            var (_, target) = taxonomy.Dts.Target(Dts.BaseUri(docUri, r, file), href);
            var expected = name.LocalName == "roleRef" ? L + "roleType" : L + "arcroleType";
            if (target is null && taxonomy.Dts.IsMissing(Dts.BaseUri(docUri, r, file), href))
            {
                // Into a schema that is not at hand: said once, as the missing schema.
            }
            else if (target is null || target.Name != expected || (string?)target.Attribute(uriAttribute) != uri || !declared.ContainsKey(uri))
            {
                diagnostics.Report(Codes.RoleRefTarget, SafeXml.Span(file, r), name.LocalName, uri, expected.LocalName);
            }
        }

        return refs;
    }

    public static void CheckRole(Taxonomy taxonomy, string file, XElement element, string role, Dictionary<string, XElement> roleRefs, DiagnosticBag diagnostics)
    {
        if (role.Length == 0 || element.Name.Namespace != L)
        {
            return;
        }

        if (StandardLinkbase.IsStandardRole(role, out var allowedOn))
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

    public static void CheckArcrole(Taxonomy taxonomy, string file, XElement arc, string arcrole, Dictionary<string, XElement> arcroleRefs, DiagnosticBag diagnostics)
    {
        if (StandardLinkbase.StandardArcroles.TryGetValue(arcrole, out var standard))
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

    public static void CheckArcEndpoints(Taxonomy taxonomy, NetworkRelationship rel, DiagnosticBag diagnostics)
    {
        var span = SafeXml.Span(rel.File, rel.Arc);
        var from = Networks.ConceptAt(taxonomy, rel.From);
        var to = Networks.ConceptAt(taxonomy, rel.To);
        switch (rel.Arcrole)
        {
            case Networks.SummationItem or Networks.SummationItem11:
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
            case Networks.EssenceAlias:
                if (from is not { IsItem: true } || to is not { IsItem: true }
                    || from.Element.ElementSchemaType != to.Element.ElementSchemaType || from.PeriodType != to.PeriodType || from.Balance != to.Balance)
                {
                    diagnostics.Report(Codes.EssenceAliasEndpoints, span, from?.Display ?? "?", to?.Display ?? "?");
                }

                break;
            case Networks.ConceptLabel when rel.To.Name != L + "label":
            case Networks.ConceptReference when rel.To.Name != L + "reference":
            case Networks.FactFootnote when rel.To.Name != L + "footnote":
                diagnostics.Report(Codes.ArcEndpointType, span, rel.Arcrole, rel.To.Name.LocalName);
                break;
        }
    }
}
