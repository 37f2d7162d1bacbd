using System.Xml;
using System.Xml.Schema;
using XbrlGen.Diagnostics;

namespace XbrlGen.Validation.Taxonomies;

/// <summary>
/// The XBRL 2.1 rules on concept declarations (section 5.1): items with a period type and an item type, balance only on
/// monetary items, tuples' attributes and content; the XBRL attributes on a declaration valid against their own
/// declarations; and the XML Schema regular expression escapes .NET accepts but XML Schema does not have.
/// </summary>
internal static class ConceptDeclarations
{
    /// <summary>
    /// XML Schema regular expressions allow fewer escapes than .NET's, which accepts them silently: a pattern facet with
    /// any other escape (<c>\@</c>, say) is not a valid schema.
    /// </summary>
    public static void CheckPatterns(Dts dts, DiagnosticBag diagnostics)
    {
        const string allowed = "nrt\\|.-^?*+{}()[]pPsSiIcCdDwW";
        foreach (var schema in dts.Schemas)
        {
            foreach (var pattern in schema.Xml.Descendants(Dts.Xsd + "pattern"))
            {
                var value = (string?)pattern.Attribute("value") ?? string.Empty;
                for (var i = 0; i < value.Length - 1; i++)
                {
                    if (value[i] != '\\')
                    {
                        continue;
                    }

                    if (!allowed.Contains(value[i + 1], StringComparison.Ordinal))
                    {
                        diagnostics.Report(Codes.PatternEscape, SafeXml.Span(schema.LocalPath, pattern), value, value[i + 1].ToString());
                        break;
                    }

                    i++;
                }
            }
        }
    }

    /// <summary>Attributes from other namespaces on a declaration (xbrli:periodType and the like) are valid against their global declarations.</summary>
    public static void CheckForeignAttributes(Taxonomy taxonomy, XmlSchemaElement element, DiagnosticBag diagnostics)
    {
        foreach (var a in element.UnhandledAttributes ?? [])
        {
            if (taxonomy.Schemas.GlobalAttributes[new XmlQualifiedName(a.LocalName, a.NamespaceURI)] is XmlSchemaAttribute { AttributeSchemaType.Datatype: { } type } declaration)
            {
                try
                {
                    type.ParseValue(a.Value, taxonomy.Schemas.NameTable, null);
                    if (declaration.AttributeSchemaType.Content is XmlSchemaSimpleTypeRestriction restriction
                        && restriction.Facets.OfType<XmlSchemaEnumerationFacet>().ToList() is { Count: > 0 } values && !values.Any(v => v.Value == a.Value))
                    {
                        throw new XmlSchemaException("not one of the enumerated values");
                    }
                }
                catch (Exception ex) when (ex is XmlSchemaException or FormatException or OverflowException)
                {
                    diagnostics.Report(Codes.DeclarationAttribute, taxonomy.SpanOf(element), a.Name, element.QualifiedName.Name, a.Value, declaration.QualifiedName.Name);
                }
            }
        }
    }

    /// <summary>XBRL 2.1 section 5.1.1 (items) and 5.1.2 (tuples).</summary>
    /// <remarks>
    /// Whether the attributes are present is checked on their text: a value outside their type is reported by
    /// <see cref="CheckForeignAttributes"/>, not as a missing attribute.
    /// </remarks>
    public static void Check(Taxonomy taxonomy, XbrlConcept c, bool hasPeriodType, bool hasBalance, DiagnosticBag diagnostics)
    {
        if (c.IsItem)
        {
            if (!hasPeriodType)
            {
                diagnostics.Report(Codes.PeriodTypeMissing, c.Span, c.Display);
            }

            if (!c.XbrliTypes.Any(t => t.EndsWith("ItemType", StringComparison.Ordinal)))
            {
                diagnostics.Report(Codes.ItemTypeInvalid, c.Span, c.Display);
            }

            if (hasBalance && !c.IsMonetary)
            {
                diagnostics.Report(Codes.BalanceNotMonetary, c.Span, c.Display);
            }

            return;
        }

        if (hasBalance || hasPeriodType)
        {
            diagnostics.Report(Codes.TupleAttributes, c.Span, c.Display);
        }

        if (c.Element.ElementSchemaType is not XmlSchemaComplexType complex || complex.ContentModel is XmlSchemaSimpleContent || complex.IsMixed
            || complex.ContentType is XmlSchemaContentType.TextOnly or XmlSchemaContentType.Mixed)
        {
            diagnostics.Report(Codes.TupleContent, c.Span, c.Display, "a tuple's type must be complex with element-only or empty content");
            return;
        }

        string[] reserved = [Taxonomy.XbrliNs, Dts.Link.NamespaceName, Dts.XLink.NamespaceName];
        foreach (XmlSchemaAttribute attribute in complex.AttributeUses.Values)
        {
            if (reserved.Contains(attribute.QualifiedName.Namespace))
            {
                diagnostics.Report(Codes.TupleContent, c.Span, c.Display, $"a tuple must not have attributes in the namespace {attribute.QualifiedName.Namespace}");
            }
        }

        var source = complex.Particle ?? (complex.ContentModel?.Content as XmlSchemaComplexContentExtension)?.Particle
            ?? (complex.ContentModel?.Content as XmlSchemaComplexContentRestriction)?.Particle;
        foreach (var particle in Particles(source))
        {
            if (particle is XmlSchemaElement e)
            {
                if (e.RefName.IsEmpty)
                {
                    diagnostics.Report(Codes.TupleContent, c.Span, c.Display, $"'{e.Name}' is a local element declaration; a tuple's content must reference items and tuples");
                }
                else if (taxonomy.HeadOf(e.RefName).IsEmpty)
                {
                    diagnostics.Report(Codes.TupleContent, c.Span, c.Display, $"its content '{e.RefName.Name}' is not an item or tuple");
                }
            }
        }
    }

    private static IEnumerable<XmlSchemaObject> Particles(XmlSchemaParticle? particle)
    {
        switch (particle)
        {
            case XmlSchemaGroupRef groupRef:
                foreach (var p in Particles(groupRef.Particle))
                {
                    yield return p;
                }

                break;
            case XmlSchemaGroupBase group:
                foreach (XmlSchemaObject child in group.Items)
                {
                    foreach (var p in Particles(child as XmlSchemaParticle))
                    {
                        yield return p;
                    }
                }

                break;
            case XmlSchemaElement or XmlSchemaAny:
                yield return particle;
                break;
        }
    }
}
