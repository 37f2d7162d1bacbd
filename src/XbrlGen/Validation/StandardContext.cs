using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using XbrlGen.Diagnostics;

namespace XbrlGen.Validation;

/// <summary>
/// The common context, checked without a schema validator (which costs more than the rest of the context's handling):
/// an entity identifier and a period, no segment, no scenario, no attribute but its id. Its dates must be xsd:date or
/// xsd:dateTime, as xbrli:dateUnion says. Any other shape returns false and is validated against the schema instead.
/// </summary>
internal static class StandardContext
{
    private static readonly XNamespace Xbrli = Taxonomy.Xbrli;
    private static readonly XmlSchemaDatatype Date = XmlSchemaType.GetBuiltInSimpleType(XmlTypeCode.Date)!.Datatype!;
    private static readonly XmlSchemaDatatype DateTime = XmlSchemaType.GetBuiltInSimpleType(XmlTypeCode.DateTime)!.Datatype!;

    public static bool TryCheck(XElement context, string path, DiagnosticBag diagnostics)
    {
        if (!OnlyAttributes(context, "id") || (string?)context.Attribute("id") is not { } id || !XmlReaderNames.IsNcName(id))
        {
            return false;
        }

        var entity = context.FirstNode as XElement ?? context.Elements().FirstOrDefault();
        var period = entity?.ElementsAfterSelf().FirstOrDefault();
        if (entity?.Name != Xbrli + "entity" || period?.Name != Xbrli + "period" || period.ElementsAfterSelf().Any()
            || !OnlyAttributes(entity) || !OnlyAttributes(period) || context.Elements().First() != entity
            || HasText(context) || HasText(entity) || HasText(period))
        {
            return false;
        }

        var identifier = entity.Elements().FirstOrDefault();
        if (identifier?.Name != Xbrli + "identifier" || identifier.ElementsAfterSelf().Any() || !OnlyAttributes(identifier, "scheme")
            || identifier.Attribute("scheme") is null || identifier.HasElements)
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
            else if (!Parses(text.Contains('T', StringComparison.Ordinal) ? DateTime : Date, text) && !XsdDates.IsMidnight24(text))
            {
                diagnostics.Report(Codes.DateUnionInvalid, SafeXml.Span(path, date), text, date.Name.LocalName);
            }
        }

        return true;
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
