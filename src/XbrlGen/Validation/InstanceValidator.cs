using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using XbrlGen.Diagnostics;
using XbrlGen.Model;

namespace XbrlGen.Validation;

/// <summary>How strict validation is.</summary>
public sealed record ValidationOptions
{
    public CalculationMode Calculation { get; init; } = CalculationMode.RoundToNearest;

    /// <summary>Filer-manual rules: unused and duplicate contexts and units are errors, not warnings; precision is not allowed.</summary>
    public bool FilerManual { get; init; }

    /// <summary>Languages every concept used needs a standard label in (empty: no label check).</summary>
    public IReadOnlyList<string> RequiredLabelLanguages { get; init; } = [];
}

/// <summary>
/// Validates an XBRL 2.1 instance, or a taxonomy schema, offline: XML Schema validity of every document against the
/// official schemas, then the XBRL 2.1 instance rules, calculations and labels. Codes name the specification section.
/// </summary>
public static class InstanceValidator
{
    private static readonly XNamespace Xbrli = "http://www.xbrl.org/2003/instance";
    private static readonly XNamespace Link = Dts.Link;
    private static readonly XNamespace XLink = Dts.XLink;

    public static void Validate(string path, TaxonomyCatalog catalog, ValidationOptions options, DiagnosticBag diagnostics)
    {
        var full = Path.GetFullPath(path);
        var resolver = new OfflineResolver(catalog, [Path.GetDirectoryName(full)!]);
        var doc = SafeXml.Load(full, diagnostics);
        if (doc?.Root is null)
        {
            return;
        }

        var uri = new Uri(full);
        if (doc.Root.Name == ConceptReader.Xsd + "schema")
        {
            var dts = Dts.Discover([uri], resolver, diagnostics, SourceSpan.ForFile(path));
            SchemaValidate(dts, null, path, diagnostics);
            return;
        }

        if (doc.Root.Name != Xbrli + "xbrl")
        {
            diagnostics.Report(XbrlCodes.NotAnInstance, SafeXml.Span(path, doc.Root), doc.Root.Name.LocalName);
            return;
        }

        var schemaRefs = doc.Root.Elements(Link + "schemaRef").ToList();
        if (schemaRefs.Count == 0)
        {
            diagnostics.Report(XbrlCodes.NoSchemaRef, SafeXml.Span(path, doc.Root));
            return;
        }

        var starts = schemaRefs.Select(s => Dts.Resolve(uri, (string?)s.Attribute(XLink + "href") ?? string.Empty)).ToList();
        var dtsSet = Dts.Discover(starts, resolver, diagnostics, SafeXml.Span(path, schemaRefs[0]));
        if (diagnostics.HasErrors)
        {
            return;
        }

        SchemaValidate(dtsSet, (full, doc), path, diagnostics);
        if (diagnostics.HasErrors)
        {
            return;
        }

        InstanceRules.Check(path, doc, dtsSet, options, diagnostics);
    }

    /// <summary>XML Schema validity: the DTS's schemas compiled once, each linkbase and the instance validated against them.</summary>
    private static void SchemaValidate(Dts dts, (string Path, XDocument Doc)? instance, string reportPath, DiagnosticBag diagnostics)
    {
        var set = new XmlSchemaSet { XmlResolver = dts.Resolver };
        set.ValidationEventHandler += (_, e) => diagnostics.Report(XbrlCodes.SchemaInvalid, new SourceSpan(e.Exception.SourceUri is { Length: > 0 } s ? s : reportPath, e.Exception.LineNumber, e.Exception.LinePosition), e.Message);
        var linkbaseSchema = dts.Resolver.LocalPath(new Uri("http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd"));
        try
        {
            foreach (var schema in dts.Schemas)
            {
                using var reader = XmlReader.Create(File.OpenRead(schema.LocalPath), SafeXml.Settings(dts.Resolver), schema.Uri);
                set.Add(null, reader);
            }

            if (linkbaseSchema is not null && !dts.Schemas.Any(s => s.Uri.EndsWith("xbrl-linkbase-2003-12-31.xsd", StringComparison.Ordinal)))
            {
                using var reader = XmlReader.Create(File.OpenRead(linkbaseSchema), SafeXml.Settings(dts.Resolver), "http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd");
                set.Add(null, reader);
            }

            set.Compile();
        }
        catch (Exception ex) when (ex is XmlException or XmlSchemaException)
        {
            diagnostics.Report(XbrlCodes.SchemaInvalid, SourceSpan.ForFile(reportPath), ex.Message);
            return;
        }

        foreach (var linkbase in dts.Linkbases)
        {
            ValidateDocument(linkbase.LocalPath, set, dts.Resolver, diagnostics);
        }

        if (instance is { } i)
        {
            ValidateDocument(i.Path, set, dts.Resolver, diagnostics, reportPath);
        }
    }

    private static void ValidateDocument(string localPath, XmlSchemaSet set, XmlResolver resolver, DiagnosticBag diagnostics, string? reportAs = null)
    {
        var settings = SafeXml.Settings(resolver);
        settings.ValidationType = ValidationType.Schema;
        settings.Schemas = set;
        settings.ValidationFlags = XmlSchemaValidationFlags.ProcessIdentityConstraints | XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error)
            {
                diagnostics.Report(XbrlCodes.SchemaInvalid, new SourceSpan(reportAs ?? localPath, e.Exception.LineNumber, e.Exception.LinePosition), e.Message);
            }
        };
        try
        {
            using var reader = XmlReader.Create(localPath, settings);
            while (reader.Read())
            {
            }
        }
        catch (XmlException ex)
        {
            diagnostics.Report(Codes.XmlMalformed, new SourceSpan(reportAs ?? localPath, ex.LineNumber, ex.LinePosition), ex.Message);
        }
    }
}
