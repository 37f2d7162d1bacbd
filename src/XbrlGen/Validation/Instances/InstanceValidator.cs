using System.Xml.Linq;
using System.Xml.Schema;
using System.Xml;
using XbrlGen.Diagnostics;
using XbrlGen.Validation.Dimensions;
using XbrlGen.Validation.Linkbases;
using XbrlGen.Validation.Profiles;
using XbrlGen.Validation.Taxonomies;

namespace XbrlGen.Validation.Instances;

/// <summary>How strict validation is.</summary>
public sealed record ValidationOptions
{
    public CalculationMode Calculation { get; init; } = CalculationMode.RoundToNearest;

    /// <summary>The filer-manual profile: unused and duplicate contexts and units, precision, truncation, document period, labels, calculation cycles.</summary>
    public bool FilerManual { get; init; }

    /// <summary>Any duplicate fact is an error (EDINET); otherwise only inconsistent duplicates are reported, as warnings.</summary>
    public bool DuplicatesAreErrors { get; init; }

    /// <summary>Check units against the Units Registry.</summary>
    public bool UnitsRegistry { get; init; } = true;

    /// <summary>Languages every concept used needs a standard label in (empty: no label check).</summary>
    public IReadOnlyList<string> RequiredLabelLanguages { get; init; } = [];

    /// <summary>
    /// The largest instance read. It is streamed, so memory grows with its facts, not its text; taxonomy documents, which
    /// are held whole, keep <see cref="SafeXml.MaxBytes"/>.
    /// </summary>
    public long MaxInstanceBytes { get; init; } = SafeXml.MaxBytes;

    /// <summary>Folders besides the validated file's own from which local references may be read.</summary>
    public IReadOnlyList<string> AllowedFolders { get; init; } = [];

    /// <summary>
    /// What validations with these options share (compiled DTSs, the Inline XBRL schemas, Units Registries): new with
    /// each options object made, kept by <c>with</c>. Give one to runs that should share it.
    /// </summary>
    public ValidationCaches Caches { get; init; } = new();
}

/// <summary>An instance as read: its facts, contexts and units, and its DTS's concepts and relationship networks.</summary>
public sealed record InstanceContent(InstanceModel Model, Taxonomy Taxonomy, Networks Networks)
{
    /// <summary>The DTS's dimensional relationship sets, when it has any.</summary>
    public DimensionalTaxonomy? Dimensions { get; init; }
}

/// <summary>
/// An XBRL 2.1 processor for one entry document (an instance, a taxonomy schema or a linkbase), offline: DTS discovery
/// through the catalog, XML Schema validity of every document, the taxonomy and linkbase rules, then one streaming pass
/// over the instance that validates it against the compiled schemas and keeps only compact fact records for the
/// instance rules, calculations and duplicates. Codes name the specification section.
/// </summary>
public static class InstanceValidator
{
    private static readonly XNamespace Xbrli = Taxonomy.Xbrli;
    private static readonly XNamespace Link = Dts.Link;
    private static readonly XNamespace XLink = Dts.XLink;
    private const string LinkbaseArcrole = "http://www.w3.org/1999/xlink/properties/linkbase";

    /// <summary>
    /// The allowed folders as the DTS cache's key: a folder inside another allowed folder allows nothing more (the
    /// resolver allows a file by folder prefix), so it is left out, and order does not matter. An Inline XBRL target
    /// held in memory beside its pages thus reuses the DTS compiled for an instance in the same folder.
    /// </summary>
    private static IEnumerable<string> KeyFolders(IReadOnlyList<string> folders)
    {
        static string WithSeparator(string f) => f.EndsWith(Path.DirectorySeparatorChar) ? f : f + Path.DirectorySeparatorChar;
        var all = folders.Select(WithSeparator).Distinct(StringComparer.Ordinal).ToList();
        return all.Where(f => !all.Any(g => g != f && f.StartsWith(g, StringComparison.Ordinal))).Order(StringComparer.Ordinal);
    }

    /// <summary>Validates an instance, schema or linkbase; returns what an instance holds (null for a taxonomy document, or an instance that could not be read).</summary>
    public static InstanceCounts? Validate(string path, TaxonomyCatalog catalog, ValidationOptions options, DiagnosticBag diagnostics) =>
        Validate(catalog.Files.Source(path), catalog, options, diagnostics);

    /// <summary>Validates a document (a file, a package entry, or one made in memory) as <see cref="Validate(string, TaxonomyCatalog, ValidationOptions, DiagnosticBag)"/> does.</summary>
    public static InstanceCounts? Validate(DocumentSource document, TaxonomyCatalog catalog, ValidationOptions options, DiagnosticBag diagnostics) =>
        Run(document, catalog, options, diagnostics, checkRules: true) is { } content ? InstanceCounts.Of(content.Model) : null;

    /// <summary>
    /// Reads an instance without checking the XBRL rules: its DTS (compiled, or from the cache) and one streaming pass
    /// over its facts, contexts and units, with the diagnostics of reading them. Null (reported) when the instance or
    /// its DTS cannot be read, or the file is a schema or linkbase.
    /// </summary>
    public static InstanceContent? Read(string path, TaxonomyCatalog catalog, ValidationOptions options, DiagnosticBag diagnostics) =>
        Read(catalog.Files.Source(path), catalog, options, diagnostics);

    /// <summary>Reads a document (a file, a package entry, or one made in memory) as <see cref="Read(string, TaxonomyCatalog, ValidationOptions, DiagnosticBag)"/> does.</summary>
    public static InstanceContent? Read(DocumentSource document, TaxonomyCatalog catalog, ValidationOptions options, DiagnosticBag diagnostics) =>
        Run(document, catalog, options, diagnostics, checkRules: false);

    /// <summary>
    /// Reads an instance's values for a comparison: as <see cref="Read(DocumentSource, TaxonomyCatalog, ValidationOptions, DiagnosticBag)"/>,
    /// but the streaming pass leaves out the schema checks that change no value (see <see cref="InstanceReader.Read"/>).
    /// What cannot be read is still reported.
    /// </summary>
    public static InstanceContent? ReadValues(DocumentSource document, TaxonomyCatalog catalog, ValidationOptions options, DiagnosticBag diagnostics) =>
        Run(document, catalog, options, diagnostics, checkRules: false, validate: false);

    private static InstanceContent? Run(DocumentSource document, TaxonomyCatalog catalog, ValidationOptions options, DiagnosticBag diagnostics, bool checkRules, bool validate = true)
    {
        var path = document.Path;
        var full = document.FullPath;
        if (document is DocumentSource.InMemory made)
        {
            // A schema or linkbase made in memory is its DTS's first document: discovery reads it by its place.
            catalog = catalog.WithFiles(FileSet.Disk.With(made));
        }

        // A file on disk follows local references wherever they lead; a document inside a package stays inside it.
        var resolver = new OfflineResolver(catalog, [Path.GetDirectoryName(full)!, .. options.AllowedFolders], followLocalFiles: !catalog.Files.InPackage(full));
        var head = SafeXml.SizeAllowed(document, diagnostics, options.MaxInstanceBytes) ? Head.Read(document, diagnostics) : null;
        if (head is null)
        {
            return null;
        }

        var self = new Uri(full);
        List<(Uri, SourceSpan)> starts;
        var isInstance = head.Root == Xbrli + "xbrl";
        if (head.Root == Dts.Xsd + "schema" || head.Root == Link + "linkbase")
        {
            starts = [(self, SourceSpan.ForFile(path))];
        }
        else if (isInstance)
        {
            var schemaRefs = head.References.Where(r => r.Name == Link + "schemaRef").ToList();
            if (schemaRefs.Count == 0)
            {
                // Nothing to validate against; at least say whether it is safe, well-formed XML.
                if (SafeXml.Scan(document, diagnostics))
                {
                    diagnostics.Report(Codes.NoSchemaRef, head.Span);
                }

                return null;
            }

            starts = [];
            foreach (var r in head.References.Where(r => r.Href is not null))
            {
                try
                {
                    starts.Add((Dts.Resolve(new Uri(r.BaseUri ?? self.AbsoluteUri), r.Href!), r.Span));
                }
                catch (UriFormatException)
                {
                    diagnostics.Report(Codes.XmlRefUnresolved, r.Span, r.Href!, "not a valid URI");
                }
            }
        }
        else
        {
            diagnostics.Report(Codes.NotAnInstance, head.Span, head.Root.LocalName);
            return null;
        }

        var hints = head.Hints.Select(h => (Dts.Resolve(self, h), head.Span)).ToList();
        var key = string.Join("\n", [.. KeyFolders(resolver.AllowedFolders), resolver.FollowsLocalFiles ? "local" : "confined", .. starts.Select(s => s.Item1.AbsoluteUri), "hints", .. hints.Select(h => h.Item1.AbsoluteUri)]);
        var loaded = options.Caches.Dts.GetOrLoad(key, resolver, () => LoadDts(starts, hints, resolver, path));
        if (isInstance && loaded.Dts.Missing.Count > 0)
        {
            // The taxonomy is not at hand, and with it the XBRL schemas it would import: contexts, units and the
            // dimension members are still validated against them, as the instance is not to blame for their absence.
            var standard = IncompleteDtsHints.Select(h => (new Uri(h), head.Span)).ToList();
            key += "\nincomplete";
            loaded = options.Caches.Dts.GetOrLoad(key, resolver, () => LoadDts(starts, [.. hints, .. standard], resolver, path));
        }

        diagnostics.AddRange(loaded.Diagnostics);
        if (loaded.Taxonomy is not { } taxonomy || loaded.Networks is not { } networks)
        {
            return null;
        }

        var dts = loaded.Dts;
        if (!isInstance)
        {
            return null;
        }

        foreach (var r in checkRules ? head.References : [])
        {
            var target = dts.Target(r.BaseUri ?? self.AbsoluteUri, r.Href ?? string.Empty);
            // A schemaRef whose target could not be loaded has had its error (XG0702, XG0704) once; only a loaded document that is not a schema is 4.2.2's.
            if (r.Name == Link + "schemaRef" && target.Document is not { IsSchema: true } && !dts.IsMissing(r.BaseUri ?? self.AbsoluteUri, r.Href ?? string.Empty))
            {
                diagnostics.Report(Codes.SchemaRefTarget, r.Span, r.Href ?? string.Empty);
            }
            else if (r.Name == Link + "linkbaseRef")
            {
                CheckLinkbaseRef(dts, r.BaseUri ?? self.AbsoluteUri, r.Element, r.Span, diagnostics);
            }
        }

        // A document that is not well-formed XML is reported as that alone: what the reader said of the elements before
        // the break (undeclared elements of a document cut short, say) follows from it.
        var read = new DiagnosticBag();
        var model = ReadInstance(document, taxonomy, resolver, read, validate);
        if (read.Items.Any(d => d.Code == Codes.XmlMalformed.Code))
        {
            diagnostics.AddRange(read.Items.Where(d => d.Code.StartsWith("XG07", StringComparison.Ordinal)));
            return null;
        }

        diagnostics.AddRange(read.Items);
        if (model is null)
        {
            return null;
        }

        if (!checkRules)
        {
            return new InstanceContent(model, taxonomy, networks) { Dimensions = loaded.Dimensions };
        }

        var utr = options.UnitsRegistry ? UnitsRegistry.Load(catalog, options.Caches, diagnostics) : null;
        InstanceRules.Check(path, model, taxonomy, networks, options, utr, diagnostics);
        if (loaded.Dimensions is { } dimensions)
        {
            DimensionalRules.Check(model, dimensions, diagnostics);
        }
        if (options.RequiredLabelLanguages.Count > 0)
        {
            Labels(model, networks, options.RequiredLabelLanguages, diagnostics);
        }

        return new InstanceContent(model, taxonomy, networks) { Dimensions = loaded.Dimensions };
    }

    /// <summary>The XBRL schemas an instance needs whatever its taxonomy, loaded for validation when the taxonomy is missing.</summary>
    private static readonly string[] IncompleteDtsHints =
    [
        "http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd",
        "http://www.xbrl.org/2006/xbrldi-2006.xsd",
    ];

    /// <summary>
    /// Everything about the DTS, independent of any instance: discovery, the compiled schemas, the linkbase networks, and
    /// the XML Schema validity of linkbases and appinfo content, with the diagnostics they produce.
    /// </summary>
    private static LoadedDts LoadDts(List<(Uri, SourceSpan)> starts, List<(Uri, SourceSpan)> hints, OfflineResolver resolver, string path)
    {
        var diagnostics = new DiagnosticBag();
        var dts = Dts.Discover(starts, resolver, diagnostics, hints);
        var taxonomy = Taxonomy.Load(dts, path, diagnostics);
        if (taxonomy is null)
        {
            return new LoadedDts(dts, null, null, diagnostics.Items);
        }

        var networks = Networks.Build(taxonomy, diagnostics);
        foreach (var document in dts.Documents.Where(d => d.Kind == DtsDocumentKind.Linkbase))
        {
            ValidateDocument(document.LocalPath, document.Uri, taxonomy.Schemas, resolver, diagnostics);
        }

        foreach (var schema in dts.Schemas)
        {
            // XML Schema does not validate appinfo content; XBRL needs its role types, linkbaseRefs and linkbases valid.
            var appinfo = new PartialValidator(taxonomy.Schemas, schema.LocalPath, diagnostics, addSchemaInfo: false);
            foreach (var el in schema.Xml.Root!.Elements(Dts.Xsd + "annotation").Elements(Dts.Xsd + "appinfo").Elements())
            {
                appinfo.ValidateIfDeclared(el);
            }

            if (schema.Xml.Root!.Elements(Dts.Xsd + "redefine").FirstOrDefault() is { } redefine)
            {
                diagnostics.Report(Codes.RedefineUsed, SafeXml.Span(schema.LocalPath, redefine));
            }

            foreach (var linkbaseRef in schema.Xml.Root.Elements(Dts.Xsd + "annotation").Elements(Dts.Xsd + "appinfo").Elements(Link + "linkbaseRef"))
            {
                CheckLinkbaseRef(dts, schema.Uri, linkbaseRef, SafeXml.Span(schema.LocalPath, linkbaseRef), diagnostics);
            }
        }

        var dimensions = DimensionalTaxonomy.Build(taxonomy, networks, diagnostics);
        return new LoadedDts(dts, taxonomy, networks, diagnostics.Items) { Dimensions = dimensions };
    }

    /// <summary>One streaming pass: XML Schema validation against the DTS's compiled schemas, and the compact model.</summary>
    private static InstanceModel? ReadInstance(DocumentSource document, Taxonomy taxonomy, XmlResolver resolver, DiagnosticBag diagnostics, bool validate)
    {
        var settings = SafeXml.Settings(resolver);
        try
        {
            using var reader = document.CreateReader(settings);
            return InstanceReader.Read(reader, document.Path, taxonomy, diagnostics, validate);
        }
        catch (XmlException ex)
        {
            SafeXml.Report(ex, document, diagnostics);
            return null;
        }
    }

    /// <summary>XML Schema validity of a linkbase document, with the schemas its schemaLocation hints name.</summary>
    private static void ValidateDocument(string localPath, string uri, XmlSchemaSet set, OfflineResolver resolver, DiagnosticBag diagnostics)
    {
        var settings = SafeXml.Settings(resolver);
        settings.ValidationType = ValidationType.Schema;
        settings.Schemas = set;
        settings.ValidationFlags = XmlSchemaValidationFlags.ProcessIdentityConstraints | XmlSchemaValidationFlags.ProcessSchemaLocation;
        settings.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error && !XsdDates.MidnightAs24(e.Message))
            {
                diagnostics.Report(Codes.SchemaInvalid, new SourceSpan(localPath, e.Exception.LineNumber, e.Exception.LinePosition), e.Message);
            }
        };
        try
        {
            using var reader = XmlReader.Create(resolver.Files.OpenRead(localPath), settings, uri);
            while (reader.Read())
            {
            }
        }
        catch (XmlException ex)
        {
            SafeXml.Report(ex, resolver.Files.Source(localPath), diagnostics);
        }
    }

    /// <summary>linkbaseRef (4.3): the linkbase arcrole, a target that is a linkbase, and a role that matches its content.</summary>
    private static void CheckLinkbaseRef(Dts dts, string baseUri, XElement linkbaseRef, SourceSpan span, DiagnosticBag diagnostics)
    {
        var href = (string?)linkbaseRef.Attribute(XLink + "href") ?? string.Empty;
        if ((string?)linkbaseRef.Attribute(XLink + "arcrole") != LinkbaseArcrole)
        {
            diagnostics.Report(Codes.LinkbaseRefArcrole, span, href);
        }

        var (document, element) = dts.Target(Dts.BaseUri(baseUri, linkbaseRef, span.File), href);
        var linkbase = element?.Name == Link + "linkbase" ? element : null;
        if (document is null && dts.IsMissing(Dts.BaseUri(baseUri, linkbaseRef, span.File), href))
        {
            return; // the taxonomy's linkbase is not at hand: said once, as the missing document
        }

        if (document is null || linkbase is null)
        {
            diagnostics.Report(Codes.LinkbaseRefTarget, span, href);
            return;
        }

        var role = (string?)linkbaseRef.Attribute(XLink + "role");
        if (role is not null && role.StartsWith(Networks.RoleBase, StringComparison.Ordinal) && role.EndsWith("LinkbaseRef", StringComparison.Ordinal))
        {
            var kind = role[Networks.RoleBase.Length..^"LinkbaseRef".Length] + "Link";
            var others = linkbase.Elements().Where(e => (string?)e.Attribute(XLink + "type") == "extended" && e.Name != Link + kind).Select(e => e.Name.LocalName).Distinct().ToList();
            if (others.Count > 0)
            {
                diagnostics.Report(Codes.LinkbaseRefRole, span, href, role, string.Join(", ", others));
            }
        }
    }

    private static void Labels(InstanceModel model, Networks networks, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var have = networks.Effective
            .Where(r => r.Arcrole == Networks.ConceptLabel && ((string?)r.To.Attribute(XLink + "role") ?? Networks.RoleBase + "label") == Networks.RoleBase + "label")
            .Select(r => (Networks.ConceptAt(networks.Taxonomy, r.From), (string?)r.To.Attribute(XNamespace.Xml + "lang") ?? string.Empty))
            .ToHashSet();
        foreach (var fact in model.Facts)
        {
            foreach (var lang in languages.Where(lang => have.Add((fact.Concept, lang))))
            {
                diagnostics.Report(Codes.LabelMissing, fact.Span, fact.Concept.Display, lang);
            }
        }
    }

    /// <summary>The root element and the discovery references at the head of a document, read without loading the rest.</summary>
    private sealed record Head(XName Root, SourceSpan Span, IReadOnlyList<HeadReference> References)
    {
        /// <summary>Schema locations the root's xsi:schemaLocation names (for validation, not discovery).</summary>
        public IReadOnlyList<string> Hints { get; init; } = [];

        public static Head? Read(DocumentSource document, DiagnosticBag diagnostics)
        {
            var path = document.Path;
            var full = document.FullPath;
            try
            {
                using var reader = document.CreateReader(SafeXml.Settings());
                reader.MoveToContent();
                var span = SafeXml.Span(path, reader);
                var root = XName.Get(reader.LocalName, reader.NamespaceURI);
                var rootBase = reader.GetAttribute("base", XNamespace.Xml.NamespaceName);
                var locations = reader.GetAttribute("schemaLocation", XbrlNamespaces.Xsi)?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) ?? [];
                var hints = locations.Where((_, i) => i % 2 == 1).ToList();
                var refs = new List<HeadReference>();
                if (root == Xbrli + "xbrl" && !reader.IsEmptyElement)
                {
                    reader.Read();
                    while (!reader.EOF)
                    {
                        if (reader.NodeType != XmlNodeType.Element)
                        {
                            reader.Read();
                            continue;
                        }

                        if (reader.NamespaceURI != Link.NamespaceName || reader.LocalName is not ("schemaRef" or "linkbaseRef" or "roleRef" or "arcroleRef"))
                        {
                            break;
                        }

                        var refSpan = SafeXml.Span(path, reader);
                        var name = XName.Get(reader.LocalName, reader.NamespaceURI);
                        using (var subtree = reader.ReadSubtree())
                        {
                            var el = XElement.Load(subtree, LoadOptions.SetLineInfo);
                            var baseUri = Dts.BaseUri(rootBase is null ? new Uri(full).AbsoluteUri : new Uri(new Uri(full), rootBase).AbsoluteUri, el, full);
                            refs.Add(new HeadReference(name, (string?)el.Attribute(XLink + "href"), baseUri, el, refSpan));
                        }

                        reader.Read();
                    }
                }

                return new Head(root, span, refs) { Hints = hints };
            }
            catch (XmlException ex)
            {
                SafeXml.Report(ex, document, diagnostics);
                return null;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Report(Codes.XmlRefUnresolved, SourceSpan.ForFile(path), path, ex.Message);
                return null;
            }
        }
    }

    private sealed record HeadReference(XName Name, string? Href, string? BaseUri, XElement Element, SourceSpan Span);
}
