using System.Xml.Linq;
using XbrlGen.Diagnostics;

namespace XbrlGen.Xbrl;

/// <summary>
/// Reads concept declarations (name, type, period type, balance, abstract) from taxonomy schemas: the base
/// taxonomy's, to know what a mapping may name, and any schema a validated instance uses.
/// </summary>
public static class ConceptReader
{
    public static readonly XNamespace Xsd = XbrlNamespaces.Xsd;
    public static readonly XNamespace Xbrli = XbrlNamespaces.Xbrli;

    /// <summary>A schema's target namespace and the prefix its own declarations give it.</summary>
    public static (string Namespace, string Prefix) Target(XDocument schema, string defaultPrefix)
    {
        var root = schema.Root!;
        var tns = (string?)root.Attribute("targetNamespace") ?? string.Empty;
        var prefix = root.Attributes().Where(a => a.IsNamespaceDeclaration && a.Value == tns && a.Name.Namespace == XNamespace.Xmlns)
            .Select(a => a.Name.LocalName).FirstOrDefault() ?? defaultPrefix;
        return (tns, prefix);
    }

    /// <summary>The item concepts declared at the top level of a schema, with the prefix the schema's own declarations give its namespace.</summary>
    public static IReadOnlyList<Concept> Read(XDocument schema, string defaultPrefix, bool isExtension) =>
        Declarations(schema, defaultPrefix, isExtension).Select(d => d.Concept).ToList();

    /// <summary>The concepts with the element ids locators point at.</summary>
    public static IReadOnlyList<(Concept Concept, string? Id)> Declarations(XDocument schema, string defaultPrefix, bool isExtension)
    {
        var root = schema.Root!;
        var (tns, prefix) = Target(schema, defaultPrefix);
        var concepts = new List<(Concept, string?)>();
        foreach (var el in root.Elements(Xsd + "element"))
        {
            var name = (string?)el.Attribute("name");
            var type = (string?)el.Attribute("type");
            var periodType = (string?)el.Attribute(Xbrli + "periodType");
            if (name is null || type is null || periodType is null)
            {
                continue;
            }

            var balance = ConceptAttributes.ParseBalance((string?)el.Attribute(Xbrli + "balance"));
            concepts.Add((new Concept(
                new QName(prefix, tns, name),
                type,
                ConceptAttributes.ParsePeriodType(periodType) ?? PeriodType.Duration,
                balance,
                (string?)el.Attribute("abstract") == "true",
                isExtension), (string?)el.Attribute("id")));
        }

        return concepts;
    }
}

/// <summary>A schema of the base taxonomy the extension imports: its official URL, and the namespace and prefix it declares.</summary>
public sealed record SchemaImport(string Url, string Prefix, string Namespace);

/// <summary>The base taxonomy's schemas that a company mapping may name concepts from, by their official URLs.</summary>
public sealed record BaseTaxonomy(IReadOnlyList<SchemaImport> Schemas, IReadOnlyDictionary<string, Concept> Concepts)
{
    public static readonly string[] DefaultSchemas =
    [
        "http://xbrlgen.org/taxonomy/2003/dei.xsd",
        "http://xbrlgen.org/taxonomy/2003/gaap.xsd",
    ];

    public static BaseTaxonomy? Load(TaxonomyCatalog catalog, DiagnosticBag diagnostics)
    {
        var concepts = new Dictionary<string, Concept>(StringComparer.Ordinal);
        var schemas = new List<SchemaImport>();
        foreach (var url in DefaultSchemas)
        {
            var local = catalog.Resolve(url);
            if (local is null)
            {
                diagnostics.Report(Codes.XmlRefUnresolved, SourceSpan.ForFile(url), url, "not covered by the taxonomy catalog");
                return null;
            }

            var doc = SafeXml.Load(catalog.Files.Source(local), diagnostics);
            if (doc?.Root is null)
            {
                return null;
            }

            var (ns, prefix) = ConceptReader.Target(doc, Path.GetFileNameWithoutExtension(local));
            schemas.Add(new SchemaImport(url, prefix, ns));
            foreach (var c in ConceptReader.Read(doc, prefix, isExtension: false))
            {
                concepts[c.Name.Prefixed] = c;
            }
        }

        return new BaseTaxonomy(schemas, concepts);
    }
}
