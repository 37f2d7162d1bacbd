using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using XbrlGen.Diagnostics;

namespace XbrlGen.Validation.Taxonomies;

/// <summary>
/// The schemas of a DTS compiled once into an <see cref="XmlSchemaSet"/>, and what XBRL reads from them: concepts
/// (checked by <see cref="ConceptDeclarations"/>), role types and arcrole types (<see cref="RoleTypeDeclarations"/>).
/// </summary>
public sealed partial class Taxonomy
{
    public const string XbrliNs = XbrlNamespaces.Xbrli;
    public static readonly XNamespace Xbrli = XbrliNs;

    private readonly Dictionary<XmlQualifiedName, XbrlConcept> _concepts = [];
    private readonly Dictionary<XElement, XbrlConcept> _declarations = [];

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
    public XbrlConcept? ConceptOf(DtsDocument document, XElement element) =>
        document.IsSchema && element.Parent == document.Xml.Root ? _declarations.GetValueOrDefault(element) : null;

    /// <summary>The concept a top-level element declaration of one of the DTS's schemas declares.</summary>
    internal XbrlConcept? DeclaredBy(XElement element) => _declarations.GetValueOrDefault(element);

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
                using var reader = XmlReader.Create(dts.Resolver.Files.OpenRead(schema.LocalPath), SafeXml.Settings(dts.Resolver), schema.Uri);
                set.Add(null, reader);
            }

            // The linkbase schema, and for a dimensional DTS the xbrldi schema, validate content the DTS may not import:
            // linkbases, and the explicit and typed members in contexts. The XML namespace's own schema declares the
            // xml:lang (and xml:space, xml:base) the linkbase schema admits laxly: without it the validator has no
            // declaration to check them against, and says so in a warning for every label.
            const string linkbaseUri = "http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd";
            const string xbrldiUri = "http://www.xbrl.org/2006/xbrldi-2006.xsd";
            const string xmlUri = "http://www.w3.org/2001/xml.xsd";
            string[] implied = dts.Schemas.Any(d => d.TargetNamespace == XbrlNamespaces.Xbrldt) ? [linkbaseUri, xbrldiUri, xmlUri] : [linkbaseUri, xmlUri];
            foreach (var uri in implied)
            {
                var covered = uri switch
                {
                    xbrldiUri => set.Schemas(XbrlNamespaces.Xbrldi).Count > 0,
                    xmlUri => set.Schemas(XNamespace.Xml.NamespaceName).Count > 0,
                    _ => false,
                };
                if (dts.Document(uri) is null && !covered && dts.Resolver.LocalPath(new Uri(uri)) is { } local)
                {
                    using var reader = XmlReader.Create(dts.Resolver.Files.OpenRead(local), SafeXml.Settings(dts.Resolver), uri);
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
        ConceptDeclarations.CheckPatterns(dts, diagnostics);
        taxonomy.ReadConcepts(diagnostics);
        taxonomy.MapDeclarations();
        RoleTypeDeclarations.Read(taxonomy, diagnostics);
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

    public SourceSpan SpanOf(XmlSchemaObject o)
    {
        var local = o.SourceUri is { Length: > 0 } uri ? Dts.Document(uri)?.LocalPath ?? uri : "schema";
        return new SourceSpan(local, o.LineNumber, o.LinePosition);
    }

    private static readonly XmlQualifiedName ItemHead = new("item", XbrliNs);
    private static readonly XmlQualifiedName TupleHead = new("tuple", XbrliNs);

    /// <summary>xbrli:item or xbrli:tuple if a global element is (or is in the substitution group of) one, else empty.</summary>
    internal XmlQualifiedName HeadOf(XmlQualifiedName name)
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
            ConceptDeclarations.CheckForeignAttributes(this, element, diagnostics);
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
                ConceptDeclarations.Check(this, concept, periodType is not null, balance is not null, diagnostics);
            }
        }
    }

    private static bool IsNumericType(XmlSchemaType? type) => type?.Datatype?.TypeCode is
        XmlTypeCode.Decimal or XmlTypeCode.Float or XmlTypeCode.Double or XmlTypeCode.Integer or XmlTypeCode.NonPositiveInteger
        or XmlTypeCode.NegativeInteger or XmlTypeCode.Long or XmlTypeCode.Int or XmlTypeCode.Short or XmlTypeCode.Byte
        or XmlTypeCode.NonNegativeInteger or XmlTypeCode.UnsignedLong or XmlTypeCode.UnsignedInt or XmlTypeCode.UnsignedShort
        or XmlTypeCode.UnsignedByte or XmlTypeCode.PositiveInteger;

    /// <summary>Each top-level xsd:element of the DTS's schemas to the concept it declares, for locators to find at once.</summary>
    private void MapDeclarations()
    {
        foreach (var schema in Dts.Schemas)
        {
            var tns = schema.TargetNamespace;
            foreach (var element in schema.Xml.Root!.Elements(Dts.Xsd + "element"))
            {
                if ((string?)element.Attribute("name") is { } name && _concepts.GetValueOrDefault(new XmlQualifiedName(name, tns)) is { } concept)
                {
                    _declarations[element] = concept;
                }
            }
        }
    }

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
}
