using System.Xml.Linq;
using XbrlGen.Diagnostics;
using XbrlGen.Model;

namespace XbrlGen.Validation;

/// <summary>
/// Reads concept declarations (name, type, period type, balance, abstract) from taxonomy schemas: the base
/// taxonomy's, to know what a mapping may name, and any schema a validated instance uses.
/// </summary>
public static class ConceptReader
{
    public static readonly XNamespace Xsd = "http://www.w3.org/2001/XMLSchema";
    public static readonly XNamespace Xbrli = "http://www.xbrl.org/2003/instance";

    /// <summary>The item concepts declared at the top level of a schema, with the prefix the schema's own declarations give its namespace.</summary>
    public static IReadOnlyList<Concept> Read(XDocument schema, string defaultPrefix, bool isExtension)
    {
        var root = schema.Root!;
        var tns = (string?)root.Attribute("targetNamespace") ?? string.Empty;
        var prefix = root.Attributes().Where(a => a.IsNamespaceDeclaration && a.Value == tns && a.Name.Namespace == XNamespace.Xmlns)
            .Select(a => a.Name.LocalName).FirstOrDefault() ?? defaultPrefix;
        var concepts = new List<Concept>();
        foreach (var el in root.Elements(Xsd + "element"))
        {
            var name = (string?)el.Attribute("name");
            var type = (string?)el.Attribute("type");
            var periodType = (string?)el.Attribute(Xbrli + "periodType");
            if (name is null || type is null || periodType is null)
            {
                continue;
            }

            var balance = (string?)el.Attribute(Xbrli + "balance") switch
            {
                "debit" => Balance.Debit,
                "credit" => Balance.Credit,
                _ => Balance.None,
            };
            concepts.Add(new Concept(
                new QName(prefix, tns, name),
                type,
                periodType == "instant" ? PeriodType.Instant : PeriodType.Duration,
                balance,
                (string?)el.Attribute("abstract") == "true",
                isExtension));
        }

        return concepts;
    }
}

/// <summary>The base taxonomy's schemas that a company mapping may name concepts from, by their official URLs.</summary>
public sealed record BaseTaxonomy(IReadOnlyList<string> SchemaUrls, IReadOnlyDictionary<string, Concept> Concepts)
{
    public static readonly string[] DefaultSchemas =
    [
        "http://xbrlgen.org/taxonomy/2003/dei.xsd",
        "http://xbrlgen.org/taxonomy/2003/gaap.xsd",
    ];

    public static BaseTaxonomy? Load(TaxonomyCatalog catalog, DiagnosticBag diagnostics)
    {
        var concepts = new Dictionary<string, Concept>(StringComparer.Ordinal);
        foreach (var url in DefaultSchemas)
        {
            var local = catalog.Resolve(url);
            if (local is null)
            {
                diagnostics.Report(Codes.XmlRefUnresolved, SourceSpan.ForFile(url), url, "not covered by the taxonomy catalog");
                return null;
            }

            var doc = SafeXml.Load(local, diagnostics);
            if (doc?.Root is null)
            {
                return null;
            }

            foreach (var c in ConceptReader.Read(doc, Path.GetFileNameWithoutExtension(local), isExtension: false))
            {
                concepts[c.Name.Prefixed] = c;
            }
        }

        return new BaseTaxonomy(DefaultSchemas, concepts);
    }
}
