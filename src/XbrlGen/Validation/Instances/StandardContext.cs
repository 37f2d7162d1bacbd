using System.Text;
using System.Xml.Linq;
using System.Xml.Schema;
using System.Xml;
using XbrlGen.Diagnostics;
using XbrlGen.Validation.Taxonomies;

namespace XbrlGen.Validation.Instances;

/// <summary>
/// The common context, checked without a schema validator (which costs more than the rest of the context's handling):
/// an entity identifier and a period, no attribute but its id; a segment or scenario only if it holds nothing but
/// explicit dimension members (XBRL Dimensions' <c>xbrldi:explicitMember</c>, a QName with a QName dimension attribute),
/// when the DTS declares them. Its dates must be xsd:date or xsd:dateTime, as xbrli:dateUnion says. Any other shape
/// returns false and is validated against the schema instead.
/// </summary>
internal static class StandardContext
{
    private static readonly XNamespace Xbrli = Taxonomy.Xbrli;
    private static readonly XName ExplicitMember = XName.Get("explicitMember", XbrlNamespaces.Xbrldi);
    private static readonly XmlSchemaDatatype Date = XmlSchemaType.GetBuiltInSimpleType(XmlTypeCode.Date)!.Datatype!;
    private static readonly XmlSchemaDatatype DateTime = XmlSchemaType.GetBuiltInSimpleType(XmlTypeCode.DateTime)!.Datatype!;

    /// <param name="explicitMembersDeclared">Whether the DTS's schemas declare xbrldi:explicitMember (else the schema decides).</param>
    public static bool TryCheck(XElement context, string path, bool explicitMembersDeclared, DiagnosticBag diagnostics)
    {
        if (!OnlyAttributes(context, "id") || (string?)context.Attribute("id") is not { } id || !XsdLexical.IsNcName(id))
        {
            return false;
        }

        var entity = context.FirstNode as XElement ?? context.Elements().FirstOrDefault();
        var period = entity?.ElementsAfterSelf().FirstOrDefault();
        var scenario = period?.ElementsAfterSelf().FirstOrDefault();
        if (entity?.Name != Xbrli + "entity" || period?.Name != Xbrli + "period" || (scenario is not null && (scenario.Name != Xbrli + "scenario" || scenario.ElementsAfterSelf().Any()))
            || !OnlyAttributes(entity) || !OnlyAttributes(period) || context.Elements().First() != entity
            || HasText(context) || HasText(entity) || HasText(period))
        {
            return false;
        }

        var identifier = entity.Elements().FirstOrDefault();
        var segment = identifier?.ElementsAfterSelf().FirstOrDefault();
        if (identifier?.Name != Xbrli + "identifier" || !OnlyAttributes(identifier, "scheme") || identifier.Attribute("scheme") is null || identifier.HasElements
            || (segment is not null && (segment.Name != Xbrli + "segment" || segment.ElementsAfterSelf().Any()))
            || !ExplicitMembersOnly(segment, explicitMembersDeclared) || !ExplicitMembersOnly(scenario, explicitMembersDeclared))
        {
            return false;
        }
        var parts = period.Elements().ToList();
        var shape = parts.Count switch
        {
            1 when parts[0].Name == Xbrli + "instant" || parts[0].Name == Xbrli + "forever" => true,
            2 => parts[0].Name == Xbrli + "startDate" && parts[1].Name == Xbrli + "endDate",
            _ => false,
        };
        if (!shape || parts.Any(p => p.HasElements || !OnlyAttributes(p)))
        {
            return false;
        }

        foreach (var date in parts)
        {
            var text = date.Value;
            if (date.Name.LocalName == "forever")
            {
                if (text.Length > 0)
                {
                    diagnostics.Report(Codes.ForeverNotEmpty, SafeXml.Span(path, date));
                }
            }
            else if (!IsPlainDate(text) && !Parses(text.Contains('T', StringComparison.Ordinal) ? DateTime : Date, text) && !XsdDates.IsMidnight24(text))
            {
                diagnostics.Report(Codes.DateUnionInvalid, SafeXml.Span(path, date), text, date.Name.LocalName);
            }
        }

        return true;
    }

    /// <summary>A segment or scenario (or none) that holds one or more explicit members and nothing else, each schema-valid.</summary>
    private static bool ExplicitMembersOnly(XElement? part, bool declared)
    {
        if (part is null)
        {
            return true;
        }

        if (!declared || !OnlyAttributes(part) || HasText(part) || !part.HasElements)
        {
            return false;
        }

        foreach (var member in part.Elements())
        {
            if (member.Name != ExplicitMember || !OnlyAttributes(member, "dimension") || member.HasElements
                || (string?)member.Attribute("dimension") is not { } dimension || !IsQName(member, dimension) || !IsQName(member, member.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An xsd:QName whose prefix is declared where it stands (whitespace collapsed, as the type says).</summary>
    private static bool IsQName(XElement at, string text)
    {
        var t = text.AsSpan().Trim(" \t\r\n");
        var colon = t.IndexOf(':');
        if (colon < 0)
        {
            return XsdLexical.IsNcName(t);
        }

        return XsdLexical.IsNcName(t[..colon]) && XsdLexical.IsNcName(t[(colon + 1)..]) && at.GetNamespaceOfPrefix(t[..colon].ToString()) is not null;
    }

    private static bool HasText(XElement element) => element.Nodes().OfType<XText>().Any(t => !string.IsNullOrWhiteSpace(t.Value));

    private static bool OnlyAttributes(XElement element, string? allowed = null)
    {
        for (var a = element.FirstAttribute; a is not null; a = a.NextAttribute)
        {
            if (!a.IsNamespaceDeclaration && !(a.Name.Namespace == XNamespace.None && a.Name.LocalName == allowed))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The common lexical form of an xsd:date, yyyy-MM-dd with nothing around it, checked without the datatype.</summary>
    private static bool IsPlainDate(string text) =>
        text.Length == 10 && System.DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);

    private static bool Parses(XmlSchemaDatatype type, string text)
    {
        try
        {
            type.ParseValue(text, null, null);
            return true;
        }
        catch (Exception ex) when (ex is XmlSchemaException or FormatException or OverflowException)
        {
            return false;
        }
    }
}
