using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using XbrlGen.Diagnostics;

namespace XbrlGen.Validation;

/// <summary>
/// A concept of a DTS as an XBRL processor sees it: an element in the substitution group of xbrli:item or xbrli:tuple,
/// with its period type (null when not declared, or not a value of xbrli:periodType), balance, and the XBRL item type its
/// type derives from.
/// </summary>
public sealed record XbrlConcept(
    XmlQualifiedName Name,
    bool IsItem,
    bool IsAbstract,
    bool IsNillable,
    PeriodType? PeriodType,
    Balance Balance,
    IReadOnlySet<string> XbrliTypes,
    IReadOnlyList<XmlQualifiedName> TypeChain,
    bool IsNumeric,
    XmlSchemaElement Element,
    SourceSpan Span)
{
    public bool IsTuple => !IsItem;

    public bool IsFraction => XbrliTypes.Contains("fractionItemType");

    public bool IsMonetary => XbrliTypes.Contains("monetaryItemType");

    public bool IsShares => XbrliTypes.Contains("sharesItemType");

    public string Display => Name.Name;

    /// <summary>One concept object per declaration: identity is equality, and hashing is cheap on hot paths.</summary>
    public bool Equals(XbrlConcept? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    public override string ToString() => "{" + Name.Namespace + "}" + Name.Name;
}

/// <summary>A role or arcrole type declared in a schema: its URI, the elements it may be used on, and (arcroles) the cycles allowed.</summary>
public sealed record RoleDeclaration(string Uri, IReadOnlySet<XName> UsedOn, string? CyclesAllowed, XElement Element, DtsDocument Document);

/// <summary>
/// The schemas of a DTS compiled once into an <see cref="XmlSchemaSet"/>, and what XBRL reads from them: concepts,
/// role types and arcrole types. Checks the XBRL 2.1 rules on concept declarations (section 5.1).
/// </summary>
public sealed class Taxonomy
{
    public const string XbrliNs = XbrlNamespaces.Xbrli;
    public static readonly XNamespace Xbrli = XbrliNs;

    private readonly Dictionary<XmlQualifiedName, XbrlConcept> _concepts = [];

    private Taxonomy(Dts dts, XmlSchemaSet schemas)
    {
        Dts = dts;
        Schemas = schemas;
    }

    public Dts Dts { get; }

    public XmlSchemaSet Schemas { get; }

    public IReadOnlyDictionary<XmlQualifiedName, XbrlConcept> Concepts => _concepts;

    public Dictionary<string, List<RoleDeclaration>> RoleTypes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<RoleDeclaration>> ArcroleTypes { get; } = new(StringComparer.Ordinal);

    public XbrlConcept? Concept(XName name) => _concepts.GetValueOrDefault(new XmlQualifiedName(name.LocalName, name.NamespaceName));

    /// <summary>The concept a schema element (found through a locator) declares.</summary>
    public XbrlConcept? ConceptOf(DtsDocument document, XElement element)
    {
        if (!document.IsSchema || element.Name != Dts.Xsd + "element" || element.Parent != document.Xml.Root || (string?)element.Attribute("name") is not { } name)
        {
            return null;
        }

        return _concepts.GetValueOrDefault(new XmlQualifiedName(name, document.TargetNamespace));
    }

    /// <summary>Compiles the DTS's schemas; null if they do not compile (the reasons are reported).</summary>
    public static Taxonomy? Load(Dts dts, string reportPath, DiagnosticBag diagnostics)
    {
        var set = new XmlSchemaSet { XmlResolver = dts.Resolver };
        var errors = 0;
        set.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error)
            {
                errors++;
                diagnostics.Report(Codes.SchemaInvalid, Span(e.Exception, reportPath, dts), e.Message);
            }
        };
        try
        {
            foreach (var schema in dts.Schemas)
            {
                using var reader = XmlReader.Create(InputFiles.OpenRead(schema.LocalPath), SafeXml.Settings(dts.Resolver), schema.Uri);
                set.Add(null, reader);
            }

            // The linkbase schema, and for a dimensional DTS the xbrldi schema, validate content the DTS may not import:
            // linkbases, and the explicit and typed members in contexts.
            const string linkbaseUri = "http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd";
            const string xbrldiUri = "http://www.xbrl.org/2006/xbrldi-2006.xsd";
            var implied = dts.Schemas.Any(d => d.TargetNamespace == XbrlNamespaces.Xbrldt) ? new[] { linkbaseUri, xbrldiUri } : [linkbaseUri];
            foreach (var uri in implied)
            {
                if (dts.Document(uri) is null && (uri != xbrldiUri || set.Schemas(XbrlNamespaces.Xbrldi).Count == 0) && dts.Resolver.LocalPath(new Uri(uri)) is { } local)
                {
                    using var reader = XmlReader.Create(InputFiles.OpenRead(local), SafeXml.Settings(dts.Resolver), uri);
                    set.Add(null, reader);
                }
            }

            set.Compile();
        }
        catch (Exception ex) when (ex is XmlException or XmlSchemaException)
        {
            diagnostics.Report(Codes.SchemaInvalid, ex is XmlSchemaException xs ? Span(xs, reportPath, dts) : SourceSpan.ForFile(reportPath), ex.Message);
            return null;
        }

        if (errors > 0 || !set.IsCompiled)
        {
            return null;
        }

        var taxonomy = new Taxonomy(dts, set);
        CheckPatterns(dts, diagnostics);
        taxonomy.ReadConcepts(diagnostics);
        taxonomy.ReadRoleTypes(diagnostics);
        return taxonomy;
    }

    private static SourceSpan Span(XmlSchemaException e, string reportPath, Dts dts)
    {
        if (e.SourceUri is { Length: > 0 } uri)
        {
            var local = dts.Document(uri)?.LocalPath ?? (Uri.TryCreate(uri, UriKind.Absolute, out var u) && u.IsFile ? u.LocalPath : uri);
            return new SourceSpan(local, e.LineNumber, e.LinePosition);
        }

        return new SourceSpan(reportPath, e.LineNumber, e.LinePosition);
    }

    /// <summary>
    /// XML Schema regular expressions allow fewer escapes than .NET's, which accepts them silently: a pattern facet with
    /// any other escape (<c>\@</c>, say) is not a valid schema.
    /// </summary>
    private static void CheckPatterns(Dts dts, DiagnosticBag diagnostics)
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
                        diagnostics.Report(Codes.SchemaInvalid, SafeXml.Span(schema.LocalPath, pattern), $"the pattern '{value}' uses the escape '\\{value[i + 1]}', which XML Schema regular expressions do not have");
                        break;
                    }

                    i++;
                }
            }
        }
    }

    public SourceSpan SpanOf(XmlSchemaObject o)
    {
        var local = o.SourceUri is { Length: > 0 } uri ? Dts.Document(uri)?.LocalPath ?? uri : "schema";
        return new SourceSpan(local, o.LineNumber, o.LinePosition);
    }

    private static readonly XmlQualifiedName ItemHead = new("item", XbrliNs);
    private static readonly XmlQualifiedName TupleHead = new("tuple", XbrliNs);

    /// <summary>xbrli:item or xbrli:tuple if a global element is (or is in the substitution group of) one, else empty.</summary>
    private XmlQualifiedName HeadOf(XmlQualifiedName name)
    {
        var seen = new HashSet<XmlQualifiedName>();
        for (var head = name; !head.IsEmpty && seen.Add(head); head = (Schemas.GlobalElements[head] as XmlSchemaElement)?.SubstitutionGroup ?? XmlQualifiedName.Empty)
        {
            if (head == ItemHead || head == TupleHead)
            {
                return head;
            }
        }

        return XmlQualifiedName.Empty;
    }

    private void ReadConcepts(DiagnosticBag diagnostics)
    {
        foreach (XmlSchemaElement element in Schemas.GlobalElements.Values)
        {
            CheckForeignAttributes(element, diagnostics);
            var head = element.SubstitutionGroup.IsEmpty ? XmlQualifiedName.Empty : HeadOf(element.SubstitutionGroup);
            if (head.IsEmpty)
            {
                continue;
            }

            var xbrliTypes = new HashSet<string>(StringComparer.Ordinal);
            var chain = new List<XmlQualifiedName>();
            for (var t = element.ElementSchemaType; t is not null; t = t.BaseXmlSchemaType)
            {
                if (!t.QualifiedName.IsEmpty)
                {
                    chain.Add(t.QualifiedName);
                }

                if (t.QualifiedName.Namespace == XbrliNs)
                {
                    xbrliTypes.Add(t.QualifiedName.Name);
                }
            }

            var attrs = element.UnhandledAttributes ?? [];
            string? Attr(string local) => attrs.FirstOrDefault(a => a.LocalName == local && a.NamespaceURI == XbrliNs)?.Value;
            var isItem = head == ItemHead;
            var numeric = IsNumericType(element.ElementSchemaType) || xbrliTypes.Contains("fractionItemType");
            var periodType = Attr("periodType");
            var balance = Attr("balance");
            var concept = new XbrlConcept(element.QualifiedName, isItem, element.IsAbstract, element.IsNillable, ConceptAttributes.ParsePeriodType(periodType),
                ConceptAttributes.ParseBalance(balance), xbrliTypes, chain, isItem && numeric, element, SpanOf(element));
            _concepts[element.QualifiedName] = concept;
            if (Dts.Document(element.SourceUri ?? string.Empty) is not { HintOnly: true })
            {
                CheckDeclaration(concept, periodType is not null, balance is not null, diagnostics);
            }
        }
    }

    /// <summary>Attributes from other namespaces on a declaration (xbrli:periodType and the like) are valid against their global declarations.</summary>
    private void CheckForeignAttributes(XmlSchemaElement element, DiagnosticBag diagnostics)
    {
        foreach (var a in element.UnhandledAttributes ?? [])
        {
            if (Schemas.GlobalAttributes[new XmlQualifiedName(a.LocalName, a.NamespaceURI)] is XmlSchemaAttribute { AttributeSchemaType.Datatype: { } type } declaration)
            {
                try
                {
                    type.ParseValue(a.Value, Schemas.NameTable, null);
                    if (declaration.AttributeSchemaType.Content is XmlSchemaSimpleTypeRestriction restriction
                        && restriction.Facets.OfType<XmlSchemaEnumerationFacet>().ToList() is { Count: > 0 } values && !values.Any(v => v.Value == a.Value))
                    {
                        throw new XmlSchemaException("not one of the enumerated values");
                    }
                }
                catch (Exception ex) when (ex is XmlSchemaException or FormatException or OverflowException)
                {
                    diagnostics.Report(Codes.DeclarationAttribute, SpanOf(element), a.Name, element.QualifiedName.Name, a.Value, declaration.QualifiedName.Name);
                }
            }
        }
    }

    private static bool IsNumericType(XmlSchemaType? type) => type?.Datatype?.TypeCode is
        XmlTypeCode.Decimal or XmlTypeCode.Float or XmlTypeCode.Double or XmlTypeCode.Integer or XmlTypeCode.NonPositiveInteger
        or XmlTypeCode.NegativeInteger or XmlTypeCode.Long or XmlTypeCode.Int or XmlTypeCode.Short or XmlTypeCode.Byte
        or XmlTypeCode.NonNegativeInteger or XmlTypeCode.UnsignedLong or XmlTypeCode.UnsignedInt or XmlTypeCode.UnsignedShort
        or XmlTypeCode.UnsignedByte or XmlTypeCode.PositiveInteger;

    /// <summary>XBRL 2.1 section 5.1.1 (items) and 5.1.2 (tuples).</summary>
    /// <remarks>
    /// Whether the attributes are present is checked on their text: a value outside their type is reported by
    /// <see cref="CheckForeignAttributes"/>, not as a missing attribute.
    /// </remarks>
    private void CheckDeclaration(XbrlConcept c, bool hasPeriodType, bool hasBalance, DiagnosticBag diagnostics)
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

        string[] reserved = [XbrliNs, Dts.Link.NamespaceName, Dts.XLink.NamespaceName];
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
                else if (!IsConceptName(e.RefName))
                {
                    diagnostics.Report(Codes.TupleContent, c.Span, c.Display, $"its content '{e.RefName.Name}' is not an item or tuple");
                }
            }
        }
    }

    private bool IsConceptName(XmlQualifiedName name) => !HeadOf(name).IsEmpty;

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

    /// <summary>Role and arcrole types (XBRL 2.1 section 5.1.3 and 5.1.4).</summary>
    private void ReadRoleTypes(DiagnosticBag diagnostics)
    {
        foreach (var schema in Dts.Schemas)
        {
            foreach (var appinfo in schema.Xml.Root!.Elements(Dts.Xsd + "annotation").Elements(Dts.Xsd + "appinfo"))
            {
                Read(appinfo.Elements(Dts.Link + "roleType"), "roleURI", RoleTypes);
                Read(appinfo.Elements(Dts.Link + "arcroleType"), "arcroleURI", ArcroleTypes);
            }

            void Read(IEnumerable<XElement> types, string uriAttribute, Dictionary<string, List<RoleDeclaration>> into)
            {
                foreach (var type in types)
                {
                    var uri = (string?)type.Attribute(uriAttribute) ?? string.Empty;
                    if (uriAttribute == "arcroleURI" && !Uri.TryCreate(uri.Trim(), UriKind.Absolute, out _))
                    {
                        diagnostics.Report(Codes.RoleUriNotAbsolute, SafeXml.Span(schema.LocalPath, type), uri);
                    }

                    var usedOn = new HashSet<XName>();
                    foreach (var u in type.Elements(Dts.Link + "usedOn"))
                    {
                        var name = ResolveQName(u, u.Value.Trim());
                        if (name is not null && !usedOn.Add(name))
                        {
                            diagnostics.Report(Codes.UsedOnDuplicate, SafeXml.Span(schema.LocalPath, u), uri, u.Value.Trim());
                        }
                    }

                    var declaration = new RoleDeclaration(uri, usedOn, (string?)type.Attribute("cyclesAllowed"), type, schema);
                    if (!into.TryGetValue(uri, out var list))
                    {
                        into[uri] = list = [];
                    }
                    else if (list.Any(other => other.Document == schema || !Equivalent(other, declaration)))
                    {
                        diagnostics.Report(Codes.RoleTypeDuplicate, SafeXml.Span(schema.LocalPath, type), uri);
                    }

                    list.Add(declaration);
                }
            }
        }
    }

    private static bool Equivalent(RoleDeclaration a, RoleDeclaration b) =>
        a.UsedOn.SetEquals(b.UsedOn) && a.CyclesAllowed == b.CyclesAllowed
        && string.Equals(a.Element.Element(Dts.Link + "definition")?.Value, b.Element.Element(Dts.Link + "definition")?.Value, StringComparison.Ordinal);

    /// <summary>The declared simple type of an attribute of an element, from the element's complex type or a global attribute.</summary>
    public XmlSchemaDatatype? AttributeType(XName element, XName attribute)
    {
        var qn = new XmlQualifiedName(attribute.LocalName, attribute.NamespaceName);
        if (Schemas.GlobalElements[new XmlQualifiedName(element.LocalName, element.NamespaceName)] is XmlSchemaElement { ElementSchemaType: XmlSchemaComplexType complex }
            && complex.AttributeUses[qn] is XmlSchemaAttribute use)
        {
            return use.AttributeSchemaType?.Datatype;
        }

        return (Schemas.GlobalAttributes[qn] as XmlSchemaAttribute)?.AttributeSchemaType?.Datatype;
    }

    /// <summary>The declared simple type of a global element's content.</summary>
    public XmlSchemaDatatype? ElementType(XName element) =>
        (Schemas.GlobalElements[new XmlQualifiedName(element.LocalName, element.NamespaceName)] as XmlSchemaElement)?.ElementSchemaType?.Datatype;

    private static int _nan;

    /// <summary>
    /// A canonical form of a typed value, equal exactly when the values are equal in their value space (x-equality):
    /// numbers by value, booleans by truth; NaN equals nothing, not even itself.
    /// </summary>
    public static string Canonical(string text, XmlSchemaDatatype? type)
    {
        var t = text.Trim();
        switch (type?.TypeCode)
        {
            case XmlTypeCode.Float or XmlTypeCode.Double:
                if (double.TryParse(t, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var dbl) && !double.IsNaN(dbl))
                {
                    return dbl == 0 ? "0" : dbl.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
                }

                return t is "INF" or "-INF" ? t : "NaN#" + Interlocked.Increment(ref _nan).ToString(System.Globalization.CultureInfo.InvariantCulture);
            case XmlTypeCode.Boolean:
                return t is "1" or "true" ? "true" : "false";
            case XmlTypeCode.Decimal or XmlTypeCode.Integer or XmlTypeCode.Int or XmlTypeCode.Long or XmlTypeCode.Short or XmlTypeCode.Byte
                or XmlTypeCode.NonNegativeInteger or XmlTypeCode.PositiveInteger or XmlTypeCode.NonPositiveInteger or XmlTypeCode.NegativeInteger
                or XmlTypeCode.UnsignedInt or XmlTypeCode.UnsignedLong or XmlTypeCode.UnsignedShort or XmlTypeCode.UnsignedByte:
                return decimal.TryParse(t, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var d)
                    ? d.ToString("G29", System.Globalization.CultureInfo.InvariantCulture) : t;
            default:
                return type is null ? text : t;
        }
    }

    /// <summary>A QName in element content, resolved with the in-scope namespaces of the element.</summary>
    public static XName? ResolveQName(XElement scope, string text)
    {
        var i = text.IndexOf(':', StringComparison.Ordinal);
        var prefix = i < 0 ? string.Empty : text[..i];
        var local = i < 0 ? text : text[(i + 1)..];
        if (local.Length == 0 || !XmlReaderNames.IsNcName(local) || (i >= 0 && !XmlReaderNames.IsNcName(prefix)))
        {
            return null;
        }

        var ns = prefix.Length == 0 ? scope.GetDefaultNamespace() : scope.GetNamespaceOfPrefix(prefix);
        return ns is null ? null : ns + local;
    }
}

/// <summary>XML name checks without allocating a reader.</summary>
internal static class XmlReaderNames
{
    public static bool IsNcName(string s)
    {
        try
        {
            XmlConvert.VerifyNCName(s);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
