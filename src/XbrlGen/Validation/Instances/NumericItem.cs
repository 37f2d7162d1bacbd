using System.Text;
using System.Xml.Linq;
using System.Xml.Schema;
using System.Xml;
using XbrlGen.Diagnostics;
using XbrlGen.Validation.Taxonomies;

namespace XbrlGen.Validation.Instances;

/// <summary>
/// The common case of an instance, read straight from the reader without building a tree: a numeric item with simple
/// content and only the attributes its type declares. Its attributes and value are validated against their declared
/// simple types, exactly as XML Schema would; anything unusual (xsi:type, attributes the type does not declare) returns
/// false, and the item is validated as a tree instead. Not validating (a comparison), it reads the same values and
/// defaults, and checks neither the attributes' lexical forms nor ids.
/// </summary>
internal sealed class NumericItem(InstanceModelBuilder model, DiagnosticBag diagnostics, bool validate = true)
{
    private static readonly string Xsi = XbrlNamespaces.Xsi;

    /// <summary>What an attribute's lexical form is checked as: by the reader itself, or by its schema datatype.</summary>
    private enum Lexical
    {
        Datatype,
        NcName,
        Decimals,
        Precision,
    }

    /// <summary>An item type as the fast path needs it: its unqualified attributes by name, and whether its content is a plain xsd:decimal.</summary>
    private sealed record ItemType(XmlSchemaDatatype Content, bool PlainDecimal, Dictionary<string, (XmlSchemaAttribute Use, Lexical Lexical)> Attributes);

    private readonly Dictionary<XmlSchemaComplexType, ItemType?> _types = [];

    /// <summary>The last <c>decimals</c> read: the next item's, mostly the same, shares its string.</summary>
    private string? _decimals;

    public bool TryRead(XmlReader reader, XbrlConcept concept, SourceSpan span)
    {
        if (concept.Element.ElementSchemaType is not XmlSchemaComplexType complex || TypeOf(complex) is not { } type)
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

                if (ns.Length != 0 || !type.Attributes.TryGetValue(reader.LocalName, out var use))
                {
                    reader.MoveToElement();
                    return false;
                }

                seen++;
                var value = reader.Value;
                if (validate && !Valid(use.Lexical, value))
                {
                    Check(use.Use.AttributeSchemaType?.Datatype, value, reader, span, $"attribute '{reader.LocalName}'");
                }

                switch (reader.LocalName)
                {
                    case "id": id = value; break;
                    case "contextRef": contextRef = model.Contexts.TryGetValue(value, out var context) ? context.Id : value; break;
                    case "unitRef": unitRef = model.Units.TryGetValue(value, out var unit) ? unit.Id : value; break;
                    case "decimals": decimals = value == _decimals ? _decimals : _decimals = value; break;
                    case "precision": precision = value; break;
                }
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        if (seen < type.Attributes.Count)
        {
            foreach (var (name, (use, _)) in type.Attributes)
            {
                if ((!validate && use.DefaultValue is null && use.FixedValue is null) || reader.GetAttribute(name) is not null)
                {
                    continue;
                }

                if (use.Use == XmlSchemaUse.Required)
                {
                    diagnostics.Report(Codes.AttributeRequired, span, name);
                }

                // A default or fixed value in the type is the attribute's value when the instance leaves it out.
                if ((use.DefaultValue ?? use.FixedValue) is { } implied)
                {
                    switch (name)
                    {
                        case "decimals": decimals = implied; break;
                        case "precision": precision = implied; break;
                        case "unitRef": unitRef = implied; break;
                        case "contextRef": contextRef = implied; break;
                    }
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
        else if (type.PlainDecimal && XsdLexical.TryParseDecimal(text, out var parsed))
        {
            number = parsed;
        }
        else
        {
            // The schema's own parse of the value is the fact's number: no second parse.
            number = Check(type.Content, text, reader, span, "the value") as decimal?;
        }

        if (validate)
        {
            model.AddId(id, "fact", span, diagnostics);
        }

        InstanceReader.AddItem(model, concept, -1, id, contextRef, unitRef, decimals, precision, nil, text, null, span, number);
        return true;
    }

    /// <summary>The fast path's view of an item type, once per type; null when its content is not a simple type.</summary>
    private ItemType? TypeOf(XmlSchemaComplexType complex)
    {
        if (_types.TryGetValue(complex, out var known))
        {
            return known;
        }

        ItemType? type = null;
        if (complex.Datatype is { } content)
        {
            var attributes = new Dictionary<string, (XmlSchemaAttribute, Lexical)>(StringComparer.Ordinal);
            var qualified = false;
            foreach (XmlSchemaAttribute use in complex.AttributeUses.Values)
            {
                if (use.QualifiedName.Namespace.Length != 0)
                {
                    qualified = true;
                    continue;
                }

                attributes[use.QualifiedName.Name] = (use, LexicalOf(use.AttributeSchemaType));
            }

            // A type that declares namespaced attributes is left to the schema validator, as before.
            type = qualified ? null : new ItemType(content, IsPlainDecimal(complex), attributes);
        }

        _types[complex] = type;
        return type;
    }

    /// <summary>The standard XBRL item attributes' types, whose lexical spaces the reader checks itself.</summary>
    private static Lexical LexicalOf(XmlSchemaSimpleType? type) => type?.QualifiedName is not { } name ? Lexical.Datatype
        : name.Namespace == XmlSchema.Namespace && name.Name is "ID" or "IDREF" ? Lexical.NcName
        : name.Namespace == XbrlNamespaces.Xbrli && name.Name == "decimalsType" ? Lexical.Decimals
        : name.Namespace == XbrlNamespaces.Xbrli && name.Name == "precisionType" ? Lexical.Precision
        : Lexical.Datatype;

    /// <summary>Whether the reader itself accepts the value; false leaves the verdict to the datatype.</summary>
    private static bool Valid(Lexical lexical, string value) => lexical switch
    {
        Lexical.NcName => XsdLexical.IsNcName(value),
        Lexical.Decimals => value == "INF" || XsdLexical.IsInteger(value),
        Lexical.Precision => value == "INF" || XsdLexical.IsInteger(value, nonNegative: true),
        _ => false,
    };

    /// <summary>
    /// Whether a type's content is xsd:decimal with no facet on the way (xbrli:monetaryItemType, sharesItemType,
    /// decimalItemType, pureItemType and extensions of them): its values are exactly the lexical decimals.
    /// </summary>
    private static bool IsPlainDecimal(XmlSchemaComplexType complex)
    {
        if (complex.Datatype?.TypeCode != XmlTypeCode.Decimal)
        {
            return false;
        }

        for (XmlSchemaType? t = complex; t is not null; t = t.BaseXmlSchemaType)
        {
            if (t.QualifiedName.Namespace == XmlSchema.Namespace)
            {
                return t.QualifiedName.Name == "decimal";
            }

            var restricted = t switch
            {
                XmlSchemaComplexType { ContentModel: XmlSchemaSimpleContent { Content: XmlSchemaSimpleContentRestriction r } } => r.Facets.Count > 0 || r.BaseType is not null,
                XmlSchemaSimpleType { Content: XmlSchemaSimpleTypeRestriction r } => r.Facets.Count > 0,
                XmlSchemaSimpleType => true,
                _ => false,
            };
            if (restricted)
            {
                return false;
            }
        }

        return false;
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
    private object? Check(XmlSchemaDatatype? type, string value, XmlReader reader, SourceSpan span, string what)
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
