using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using XbrlGen.Diagnostics;

namespace XbrlGen.Validation;

/// <summary>
/// The common case of an instance, read straight from the reader without building a tree: a numeric item with simple
/// content and only the attributes its type declares. Its attributes and value are validated against their declared
/// simple types, exactly as XML Schema would; anything unusual (xsi:type, attributes the type does not declare) returns
/// false, and the item is validated as a tree instead.
/// </summary>
internal static class NumericItem
{
    private static readonly string Xsi = XbrlNamespaces.Xsi;

    public static bool TryRead(InstanceModel model, XmlReader reader, XbrlConcept concept, SourceSpan span, DiagnosticBag diagnostics)
    {
        if (concept.Element.ElementSchemaType is not XmlSchemaComplexType { Datatype: { } contentType } type)
        {
            return false;
        }

        string? id = null, contextRef = null, unitRef = null, decimals = null, precision = null;
        var nil = false;
        var seen = 0;
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                var ns = reader.NamespaceURI;
                if (ns == XNamespace.Xmlns.NamespaceName || ns == XNamespace.Xml.NamespaceName)
                {
                    continue;
                }

                if (ns == Xsi)
                {
                    if (reader.LocalName != "nil")
                    {
                        reader.MoveToElement();
                        return false;
                    }

                    var v = reader.Value.Trim();
                    if (v is not ("true" or "false" or "1" or "0"))
                    {
                        diagnostics.Report(Codes.NilNotBoolean, span, reader.Value);
                    }

                    nil = v is "true" or "1";
                    continue;
                }

                if (ns.Length != 0 || type.AttributeUses[new XmlQualifiedName(reader.LocalName)] is not XmlSchemaAttribute use)
                {
                    reader.MoveToElement();
                    return false;
                }

                seen++;
                var value = reader.NameTable.Add(reader.Value);
                Check(use.AttributeSchemaType?.Datatype, value, reader, span, $"attribute '{reader.LocalName}'", diagnostics);
                switch (reader.LocalName)
                {
                    case "id": id = value; break;
                    case "contextRef": contextRef = value; break;
                    case "unitRef": unitRef = value; break;
                    case "decimals": decimals = value; break;
                    case "precision": precision = value; break;
                }
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        foreach (XmlSchemaAttribute use in type.AttributeUses.Values)
        {
            if (use.QualifiedName.Namespace.Length != 0 || reader.GetAttribute(use.QualifiedName.Name) is not null)
            {
                continue;
            }

            if (use.Use == XmlSchemaUse.Required)
            {
                diagnostics.Report(Codes.AttributeRequired, span, use.QualifiedName.Name);
            }

            // A default or fixed value in the type is the attribute's value when the instance leaves it out.
            if ((use.DefaultValue ?? use.FixedValue) is { } implied)
            {
                switch (use.QualifiedName.Name)
                {
                    case "decimals": decimals = implied; break;
                    case "precision": precision = implied; break;
                    case "unitRef": unitRef = implied; break;
                    case "contextRef": contextRef = implied; break;
                }
            }
        }

        if (concept.IsAbstract)
        {
            diagnostics.Report(Codes.ElementAbstract, span, concept.Display);
        }

        if (nil && !concept.IsNillable)
        {
            diagnostics.Report(Codes.ElementNotNillable, span, concept.Display);
        }

        decimal? number = null;
        var text = Content(reader, span, concept, diagnostics, out var empty);
        if (empty && !nil && (concept.Element.DefaultValue ?? concept.Element.FixedValue) is { } defaultValue)
        {
            text = defaultValue;
        }

        if (nil)
        {
            if (text.Length > 0)
            {
                diagnostics.Report(Codes.NilNotEmpty, span, concept.Display);
            }
        }
        else
        {
            // The schema's own parse of an xsd:decimal value is the fact's number: no second parse.
            number = Check(contentType, text, reader, span, "the value", diagnostics) as decimal?;
        }

        model.AddId(id, "fact", span, diagnostics);
        InstanceReader.AddItem(model, concept, -1, id, contextRef, unitRef, decimals, precision, nil, text, null, span, number);
        return true;
    }

    /// <summary>The text of a simple-content element; child elements are reported, as XML Schema would.</summary>
    private static string Content(XmlReader reader, SourceSpan span, XbrlConcept concept, DiagnosticBag diagnostics, out bool empty)
    {
        empty = true;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        var depth = reader.Depth;
        reader.Read();
        if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
        {
            reader.Read();
            return string.Empty;
        }


        string? single = null;
        StringBuilder? sb = null;
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    if (single is null && sb is null)
                    {
                        single = reader.Value;
                    }
                    else
                    {
                        sb ??= new StringBuilder(single);
                        sb.Append(reader.Value);
                    }

                    break;
                case XmlNodeType.Element:
                    single ??= string.Empty;
                    diagnostics.Report(Codes.SimpleContentChild, span, concept.Display, reader.LocalName);
                    break;
            }

            reader.Read();
        }

        reader.Read();
        empty = single is null && sb is null;
        return sb?.ToString() ?? single ?? string.Empty;
    }

    /// <summary>Validates a value against its simple type; returns the typed value, or null if it is not valid.</summary>
    private static object? Check(XmlSchemaDatatype? type, string value, XmlReader reader, SourceSpan span, string what, DiagnosticBag diagnostics)
    {
        if (type is null)
        {
            return null;
        }

        try
        {
            return type.ParseValue(value, reader.NameTable, reader as IXmlNamespaceResolver);
        }
        catch (Exception ex) when (ex is XmlSchemaException or FormatException or OverflowException or InvalidCastException)
        {
            diagnostics.Report(Codes.DatatypeInvalid, span, what, value, ex.Message);
            return null;
        }
    }
}
