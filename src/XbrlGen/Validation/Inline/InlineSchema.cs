using System.Xml;
using System.Xml.Schema;
using XbrlGen.Diagnostics;

namespace XbrlGen.Validation.Inline;

/// <summary>
/// The Inline XBRL 1.1 schema (XHTML 1.1 modules with the ix elements and the XBRL instance parts they hold), compiled
/// once per taxonomy folder (and per <see cref="ValidationCaches"/>) from the official copy the catalog resolves,
/// offline. A page is XML-Schema-valid against it or its errors are reported at their lines, as Arelle does.
/// </summary>
public static class InlineSchema
{
    public const string Url = "http://www.xbrl.org/2013/inlineXBRL/xhtml-inlinexbrl-1_1.xsd";

    /// <summary>Inline XBRL 1.0's schema, for pages in its namespace.</summary>
    public const string Url10 = "http://www.xbrl.org/2008/inlineXBRL/xhtml-inlinexbrl-1_0.xsd";

    /// <summary>At most this many schema errors are reported per page: one broken template would repeat on every row.</summary>
    public const int MaxErrorsPerDocument = 20;

    public static XmlSchemaSet? For(TaxonomyCatalog catalog, ValidationCaches caches) => For(catalog, caches, Url);

    public static XmlSchemaSet? For(TaxonomyCatalog catalog, ValidationCaches caches, string url) =>
        caches.InlineSchemas.GetOrAdd(catalog.Root + "\n" + url, _ => new Lazy<XmlSchemaSet?>(() => Compile(catalog, url))).Value;

    private static XmlSchemaSet? Compile(TaxonomyCatalog catalog, string url)
    {
        var local = catalog.Resolve(url);
        if (local is null || !File.Exists(local))
        {
            return null;
        }

        var resolver = new OfflineResolver(catalog, []);
        var set = new XmlSchemaSet { XmlResolver = resolver };
        var failed = false;
        set.ValidationEventHandler += (_, e) => failed |= e.Severity == XmlSeverityType.Error;
        using (var reader = XmlReader.Create(local, SafeXml.Settings(resolver)))
        {
            set.Add(null, reader);
        }

        set.Compile();
        return failed ? null : set;
    }

    /// <summary>Validates one page against the schema; reports each error (up to <see cref="MaxErrorsPerDocument"/>) at its line.</summary>
    public static void Validate(InlineDocument document, XmlSchemaSet schemas, DiagnosticBag diagnostics)
    {
        var settings = SafeXml.Settings();
        settings.ValidationType = ValidationType.Schema;
        settings.Schemas = schemas;
        var count = 0;
        settings.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error && count++ < MaxErrorsPerDocument)
            {
                diagnostics.Report(Codes.SchemaInvalid, new SourceSpan(document.Name, e.Exception?.LineNumber ?? 0, e.Exception?.LinePosition ?? 0), e.Message);
            }
        };
        using var reader = XmlReader.Create(document.Open(), settings);
        while (reader.Read())
        {
        }
    }
}
