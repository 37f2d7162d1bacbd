using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using XbrlGen.Diagnostics;

namespace XbrlGen.Validation;

/// <summary>
/// XML Schema validation one element tree at a time, against its global declaration: an instance's contexts, units,
/// tuples, footnote links and non-numeric items (the model checks IDs across the instance), and a schema's appinfo
/// content. QNames resolve with the namespaces in scope of the element where it stands.
/// </summary>
/// <param name="addSchemaInfo">
/// Whether default and fixed attribute values and element defaults are added to the tree: an instance's are part of its
/// infoset (they count for s-equality and for decimals); a cached taxonomy document is left as it was read.
/// </param>
internal sealed class PartialValidator(XmlSchemaSet schemas, string path, DiagnosticBag diagnostics, bool addSchemaInfo = true)
{
    public void Validate(XElement element) => Validate(element, Declaration(element));

    /// <summary>Validates an element if the schemas declare it (lax: an undeclared one is not an error).</summary>
    public void ValidateIfDeclared(XElement element)
    {
        if (Declaration(element) is { } declaration)
        {
            Validate(element, declaration);
        }
    }

    private XmlSchemaObject? Declaration(XElement element) =>
        schemas.GlobalElements[new XmlQualifiedName(element.Name.LocalName, element.Name.NamespaceName)];

    public void Validate(XElement element, XmlSchemaObject? declaration)
    {
        if (declaration is null)
        {
            diagnostics.Report(Codes.SchemaInvalid, SafeXml.Span(path, element), $"the element '{element.Name}' is not declared");
            return;
        }

        element.Validate(declaration, schemas, (sender, e) =>
        {
            if (e.Severity == XmlSeverityType.Error && !XsdDates.MidnightAs24(e.Message))
            {
                diagnostics.Report(Codes.SchemaInvalid, SafeXml.Span(path, sender as XObject ?? element), e.Message);
            }
        }, addSchemaInfo);
    }
}

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
                        diagnostics.Report(Codes.SchemaInvalid, span, $"xsi:nil '{reader.Value}' is not a boolean");
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
                diagnostics.Report(Codes.SchemaInvalid, span, $"the required attribute '{use.QualifiedName.Name}' is missing");
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
            diagnostics.Report(Codes.SchemaInvalid, span, $"the element '{concept.Display}' is abstract");
        }

        if (nil && !concept.IsNillable)
        {
            diagnostics.Report(Codes.SchemaInvalid, span, $"the element '{concept.Display}' is not nillable");
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
                diagnostics.Report(Codes.SchemaInvalid, span, $"the element '{concept.Display}' is nil and must be empty");
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
                    diagnostics.Report(Codes.SchemaInvalid, span, $"the element '{concept.Display}' cannot contain child element '{reader.LocalName}'");
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
            diagnostics.Report(Codes.SchemaInvalid, span, $"{what} '{value}' is invalid according to its datatype: {ex.Message}");
            return null;
        }
    }
}

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
                    diagnostics.Report(Codes.SchemaInvalid, SafeXml.Span(path, date), "forever must be empty");
                }
            }
            else if (!Parses(text.Contains('T', StringComparison.Ordinal) ? DateTime : Date, text) && !XsdDates.IsMidnight24(text))
            {
                diagnostics.Report(Codes.SchemaInvalid, SafeXml.Span(path, date), $"the value '{text}' of {date.Name.LocalName} is not a date or dateTime (xbrli:dateUnion)");
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

/// <summary>Date handling XML Schema 1.0 allows and the .NET validator does not.</summary>
internal static class XsdDates
{
    /// <summary>
    /// XML Schema 1.0 allows <c>24:00:00</c> as the end of a day in dateTime values; the .NET validator does not. A
    /// validator's complaint about such a value (quoted in its message) is not an error.
    /// </summary>
    public static bool MidnightAs24(string message)
    {
        var i = message.IndexOf("T24:00:00", StringComparison.Ordinal);
        if (i < 0)
        {
            return false;
        }

        var start = message.LastIndexOf('\'', i);
        var end = message.IndexOf('\'', i);
        return start >= 0 && end >= 0 && IsMidnight24(message[(start + 1)..end]);
    }

    /// <summary>A date followed by <c>T24:00:00</c>.</summary>
    public static bool IsMidnight24(string value)
    {
        var v = value.Trim();
        return v.EndsWith("T24:00:00", StringComparison.Ordinal)
            && DateOnly.TryParseExact(v[..^9], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
    }
}
