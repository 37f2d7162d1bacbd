using System.Globalization;
using System.Xml.Linq;
using XbrlGen.Diagnostics;
using XbrlGen.Validation.Instances;
using XbrlGen.Validation.Taxonomies;

namespace XbrlGen.Validation.Json;

/// <summary>
/// An xBRL-JSON report, as read into the instance model, written back as an xBRL-XML instance document: the report's
/// namespaces, a schemaRef per taxonomy entry point, a context per entity, period and dimensions (<c>c1</c>, ...), a
/// unit per set of measures (<c>u1</c>, ...), and the facts in the report's order with their ids. Typed dimensions are
/// not written (their member element is the taxonomy's to name): such a report is refused.
/// </summary>
public static class JsonInstance
{
    private static readonly XNamespace Xbrli = Taxonomy.Xbrli;
    private static readonly XNamespace Link = XbrlNamespaces.Link;
    private static readonly XNamespace XLink = XbrlNamespaces.XLink;
    private static readonly XNamespace Xbrldi = XbrlNamespaces.Xbrldi;
    private static readonly XNamespace Xsi = XbrlNamespaces.Xsi;

    public static XDocument? ToXml(InstanceContent content, string path, DiagnosticBag diagnostics)
    {
        var model = content.Model;
        var root = new XElement(Xbrli + "xbrl");
        var declared = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in model.References.SelectMany(r => r.Element.Attributes()).Where(a => a.IsNamespaceDeclaration && a.Name.Namespace == XNamespace.Xmlns))
        {
            if (declared.TryAdd(a.Value, a.Name.LocalName))
            {
                root.Add(new XAttribute(a));
            }
        }

        void Declare(string prefix, XNamespace ns)
        {
            if (declared.TryAdd(ns.NamespaceName, prefix))
            {
                root.Add(new XAttribute(XNamespace.Xmlns + prefix, ns.NamespaceName));
            }
        }

        Declare("xbrli", Xbrli);
        Declare("link", Link);
        Declare("xlink", XLink);
        Declare("xbrldi", Xbrldi);
        Declare("xsi", Xsi);
        string Q(XName name) => declared.TryGetValue(name.NamespaceName, out var p) && p.Length > 0 ? p + ":" + name.LocalName : name.LocalName;

        foreach (var (element, _) in model.References)
        {
            root.Add(new XElement(Link + "schemaRef", new XAttribute(XLink + "type", "simple"), new XAttribute(XLink + "href", (string?)element.Attribute(XLink + "href") ?? string.Empty)));
        }

        foreach (var context in model.Contexts.Values)
        {
            if (context.Dimensions.Values.FirstOrDefault(v => v.Typed) is { } typed)
            {
                diagnostics.Report(Codes.JsonBadFact, context.Span, context.Id, $"typed dimension '{typed.DimensionText}' is not written to xBRL-XML (its member element is the taxonomy's to name)");
                return null;
            }

            var entity = new XElement(Xbrli + "entity", new XElement(Xbrli + "identifier", new XAttribute("scheme", context.Scheme), context.Identifier));
            if (context.Dimensions.Values.Count > 0)
            {
                entity.Add(new XElement(Xbrli + "segment", context.Dimensions.Values.Select(v =>
                    new XElement(Xbrldi + "explicitMember", new XAttribute("dimension", Q(v.Dimension!)), Q(v.Member!)))));
            }

            root.Add(new XElement(Xbrli + "context", new XAttribute("id", context.Id), entity, new XElement(Xbrli + "period", Period(context.Period))));
        }

        foreach (var unit in model.Units.Values)
        {
            IEnumerable<XElement> Measures(IEnumerable<QName> names) => names.Select(n => new XElement(Xbrli + "measure", Q(n.Expanded)));
            root.Add(new XElement(Xbrli + "unit", new XAttribute("id", unit.Id), unit.Denominator.Count == 0
                ? Measures(unit.Numerator)
                : [new XElement(Xbrli + "divide", new XElement(Xbrli + "unitNumerator", Measures(unit.Numerator)), new XElement(Xbrli + "unitDenominator", Measures(unit.Denominator)))]));
        }

        foreach (var fact in model.Facts)
        {
            var element = new XElement(XName.Get(fact.Concept.Name.Name, fact.Concept.Name.Namespace), new XAttribute("contextRef", fact.ContextRef ?? string.Empty));
            if (fact.UnitRef is { } unitRef)
            {
                element.Add(new XAttribute("unitRef", unitRef));
            }

            if (fact.Decimals is { } decimals)
            {
                element.Add(new XAttribute("decimals", decimals));
            }

            if (fact.Id is { } id && XmlReaderNames.IsNcName(id))
            {
                element.Add(new XAttribute("id", id));
            }

            if (fact.Lang is { } lang)
            {
                element.Add(new XAttribute(XNamespace.Xml + "lang", lang));
            }

            if (fact.Nil)
            {
                element.Add(new XAttribute(Xsi + "nil", "true"));
            }
            else
            {
                element.Add(fact.Value);
            }

            root.Add(element);
        }

        return new XDocument(root);
    }

    private static IEnumerable<XElement> Period(InstancePeriod period) => period switch
    {
        InstancePeriod.Instant i => [new XElement(Xbrli + "instant", Point(i.At, end: true))],
        InstancePeriod.Duration d => [new XElement(Xbrli + "startDate", Point(d.Start, end: false)), new XElement(Xbrli + "endDate", Point(d.End, end: true))],
        _ => [new XElement(Xbrli + "forever")],
    };

    private static string Point(DateTime? at, bool end) => InstancePeriod.PointText(at, end) ?? string.Empty;
}
