using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using XbrlGen.Model;

namespace XbrlGen.Benchmarks;

/// <summary>The floors the product is measured against: what the bare .NET XML reader and writer cost for the same work.</summary>
public static class Floors
{
    private const string Xbrli = "http://www.xbrl.org/2003/instance";

    /// <summary>Reads every node of a file with a plain <see cref="XmlReader"/> (no DTD, no validation). Returns the element count.</summary>
    public static int ReadAll(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(path, settings);
        var elements = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                elements++;
            }
        }

        return elements;
    }

    /// <summary>
    /// The schemas an instance's <c>schemaRef</c> names, with everything they import, compiled: official URLs are read
    /// from the taxonomy package's copies by its catalog's rewrite rules.
    /// </summary>
    public static XmlSchemaSet CompileSchemas(string instance, string taxonomy)
    {
        XNamespace cat = "urn:oasis:names:tc:entity:xmlns:xml:catalog";
        var metaInf = Path.Combine(taxonomy, "META-INF");
        var rewrites = XDocument.Load(Path.Combine(metaInf, "catalog.xml")).Root!.Elements(cat + "rewriteURI")
            .Select(e => ((string)e.Attribute("uriStartString")!, Path.GetFullPath(Path.Combine(metaInf, (string)e.Attribute("rewritePrefix")!))))
            .ToList();
        var resolver = new CatalogResolver(rewrites);
        var schemaRef = XDocument.Load(instance).Root!.Element(XName.Get("schemaRef", "http://www.xbrl.org/2003/linkbase"))!;
        var href = (string)schemaRef.Attribute(XName.Get("href", "http://www.w3.org/1999/xlink"))!;
        var set = new XmlSchemaSet { XmlResolver = resolver };
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = resolver };
        using (var reader = XmlReader.Create(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(instance))!, href), settings))
        {
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }

    /// <summary>Reads every node of a file through an XML Schema validating <see cref="XmlReader"/>. Returns the number of schema errors.</summary>
    public static int SchemaValidate(string path, XmlSchemaSet schemas)
    {
        var errors = 0;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            ValidationType = ValidationType.Schema,
            Schemas = schemas,
            ValidationFlags = XmlSchemaValidationFlags.ProcessIdentityConstraints,
        };
        settings.ValidationEventHandler += (_, e) => errors += e.Severity == XmlSeverityType.Error ? 1 : 0;
        using var reader = XmlReader.Create(path, settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    /// <summary>Maps official URLs to local copies by prefix; anything else that is not a local file is refused.</summary>
    private sealed class CatalogResolver(List<(string Prefix, string Target)> rewrites) : XmlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            var url = absoluteUri.OriginalString;
            foreach (var (prefix, target) in rewrites)
            {
                if (url.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return File.OpenRead(Path.Combine(target, url[prefix.Length..]));
                }
            }

            return absoluteUri.IsFile ? File.OpenRead(absoluteUri.LocalPath) : throw new XmlException("not in the catalog: " + url);
        }
    }

    /// <summary>Writes a filing's contexts, units and facts as an instance with a plain <see cref="XmlWriter"/>.</summary>
    public static void WriteInstance(Filing filing, string path)
    {
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        using var writer = XmlWriter.Create(path, settings);
        writer.WriteStartDocument();
        writer.WriteStartElement("xbrli", "xbrl", Xbrli);
        foreach (var ns in filing.ConceptsUsed.Select(c => c.Name).DistinctBy(n => n.Prefix))
        {
            writer.WriteAttributeString("xmlns", ns.Prefix, null, ns.Namespace);
        }

        writer.WriteAttributeString("xmlns", "iso4217", null, Unit.Iso4217);
        writer.WriteStartElement("link", "schemaRef", "http://www.xbrl.org/2003/linkbase");
        writer.WriteAttributeString("xlink", "type", "http://www.w3.org/1999/xlink", "simple");
        writer.WriteAttributeString("xlink", "href", "http://www.w3.org/1999/xlink", filing.SchemaFile);
        writer.WriteEndElement();
        foreach (var c in filing.Contexts)
        {
            writer.WriteStartElement("xbrli", "context", Xbrli);
            writer.WriteAttributeString("id", c.Id);
            writer.WriteStartElement("xbrli", "entity", Xbrli);
            writer.WriteStartElement("xbrli", "identifier", Xbrli);
            writer.WriteAttributeString("scheme", c.Scheme);
            writer.WriteString(c.Identifier);
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteStartElement("xbrli", "period", Xbrli);
            if (c.Period is DurationPeriod d)
            {
                writer.WriteElementString("xbrli", "startDate", Xbrli, Period.Iso(d.Start));
                writer.WriteElementString("xbrli", "endDate", Xbrli, Period.Iso(d.EndDate));
            }
            else
            {
                writer.WriteElementString("xbrli", "instant", Xbrli, Period.Iso(c.Period.End));
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        foreach (var u in filing.Units)
        {
            writer.WriteStartElement("xbrli", "unit", Xbrli);
            writer.WriteAttributeString("id", u.Id);
            foreach (var m in u.Numerator.Concat(u.Denominator))
            {
                writer.WriteElementString("xbrli", "measure", Xbrli, m.Prefixed);
            }

            writer.WriteEndElement();
        }

        foreach (var f in filing.Facts)
        {
            writer.WriteStartElement(f.Concept.Name.Prefix, f.Concept.Name.LocalName, f.Concept.Name.Namespace);
            writer.WriteAttributeString("contextRef", f.Context.Id);
            if (f.Unit is not null)
            {
                writer.WriteAttributeString("unitRef", f.Unit.Id);
                writer.WriteAttributeString("decimals", f.Decimals?.ToString(CultureInfo.InvariantCulture) ?? "INF");
            }

            writer.WriteString(f.Lexical);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }
}
