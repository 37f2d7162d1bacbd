using System.Globalization;
using System.Security;
using System.Text.Json;
using System.Text;
using System.Xml.Linq;
using XbrlGen.Diagnostics;
using XbrlGen.Validation.Dimensions;
using XbrlGen.Validation.Instances;
using XbrlGen.Validation.Taxonomies;
using XbrlGen.Xbrl;

namespace XbrlGen.Validation.Json;

/// <summary>
/// Reads an xBRL-JSON 1.0 report (the Open Information Model, as <c>generate</c> and <c>convert</c> write it) into the
/// same <see cref="InstanceModel"/> the instance reader makes: <c>documentInfo</c> (documentType, namespaces, taxonomy)
/// and <c>facts</c>, each with <c>value</c>, <c>decimals</c> and <c>dimensions</c> (concept, entity, period, unit,
/// language and taxonomy-defined dimensions). The taxonomy is discovered as an instance's would be, through the catalog,
/// offline. Each fact's place is the line of its id in the file. Facts that share entity, period and dimensions share
/// one context (<c>c1</c>, ...), and facts of one unit one unit (<c>u1</c>, ...).
/// </summary>
public static class JsonReportReader
{
    public const string DocumentType = "https://xbrl.org/2021/xbrl-json";

    /// <summary>The name the in-memory folder of a report's made-up header (its namespaces and schemaRefs) starts with, beside the report.</summary>
    public const string HeaderFolderPrefix = ".xbrlgen-json-";

    private static readonly XNamespace Xbrli = Taxonomy.Xbrli;
    private static readonly XNamespace Link = XbrlNamespaces.Link;
    private static readonly XNamespace XLink = XbrlNamespaces.XLink;

    public static InstanceContent? Read(string path, TaxonomyCatalog catalog, ValidationOptions options, DiagnosticBag diagnostics) =>
        Read(catalog.Files.Source(path), catalog, options, diagnostics);

    public static InstanceContent? Read(DocumentSource source, TaxonomyCatalog catalog, ValidationOptions options, DiagnosticBag diagnostics)
    {
        var path = source.Path;
        var full = source.FullPath;
        byte[] bytes;
        try
        {
            if (source.Length > options.MaxInstanceBytes)
            {
                diagnostics.Report(Codes.InputTooLarge, SourceSpan.ForFile(path), source.Length.ToString(CultureInfo.InvariantCulture), options.MaxInstanceBytes.ToString(CultureInfo.InvariantCulture));
                return null;
            }

            using var stream = source.Open();
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            bytes = memory.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException)
        {
            diagnostics.Report(Codes.FileNotFound, SourceSpan.ForFile(path), path, ex.Message);
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = SafeXml.MaxDepth, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            diagnostics.Report(Codes.JsonMalformed, new SourceSpan(path, line, column), ex.Message.Split(" Path:", 2)[0]);
            return null;
        }

        using (document)
        {
            return Read(path, full, bytes, document.RootElement, catalog, options, diagnostics);
        }
    }

    private static InstanceContent? Read(string path, string full, byte[] bytes, JsonElement root, TaxonomyCatalog catalog, ValidationOptions options, DiagnosticBag diagnostics)
    {
        var at = SourceSpan.ForFile(path);
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("documentInfo", out var info) || info.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Report(Codes.JsonStructure, at, "it has no documentInfo object");
            return null;
        }

        if (!info.TryGetProperty("documentType", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != DocumentType)
        {
            diagnostics.Report(Codes.JsonStructure, at, $"documentInfo.documentType is not '{DocumentType}'");
            return null;
        }

        var namespaces = new Dictionary<string, string>(StringComparer.Ordinal);
        if (info.TryGetProperty("namespaces", out var ns))
        {
            if (ns.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Report(Codes.JsonStructure, at, "documentInfo.namespaces is not an object");
                return null;
            }

            foreach (var p in ns.EnumerateObject())
            {
                if (p.Value.ValueKind != JsonValueKind.String || (p.Name.Length > 0 && !XmlReaderNames.IsNcName(p.Name)))
                {
                    diagnostics.Report(Codes.JsonStructure, at, $"documentInfo.namespaces binds '{p.Name}' to no namespace name");
                    return null;
                }

                namespaces[p.Name] = p.Value.GetString()!;
            }
        }

        var taxonomy = new List<string>();
        if (!info.TryGetProperty("taxonomy", out var tax) || tax.ValueKind != JsonValueKind.Array || tax.EnumerateArray().Any(t => t.ValueKind != JsonValueKind.String) || tax.GetArrayLength() == 0)
        {
            diagnostics.Report(Codes.JsonStructure, at, "documentInfo.taxonomy is not a list of the taxonomy's entry points");
            return null;
        }

        taxonomy.AddRange(tax.EnumerateArray().Select(t => t.GetString()!));
        if (!root.TryGetProperty("facts", out var facts) || facts.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Report(Codes.JsonStructure, at, "it has no facts object");
            return null;
        }

        var content = ReadTaxonomy(path, full, namespaces, taxonomy, catalog, options, diagnostics);
        if (content is null)
        {
            return null;
        }

        var lines = FactLines(bytes);
        var model = InstanceModelBuilder.From(content.Model);
        var contexts = new Dictionary<string, string>(StringComparer.Ordinal);
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fact in facts.EnumerateObject())
        {
            var span = lines.TryGetValue(fact.Name, out var line) ? new SourceSpan(path, line.Line, line.Column) : at;
            ReadFact(fact.Name, fact.Value, span, content.Taxonomy, namespaces, model, contexts, units, diagnostics);
        }

        return content with { Model = model.Build() };
    }

    /// <summary>
    /// The report's DTS, discovered as an instance's: an instance holding only the report's namespaces and schemaRefs
    /// (relative references made absolute against the report's place) is made in memory, at a place beside the report.
    /// </summary>
    private static InstanceContent? ReadTaxonomy(string path, string full, Dictionary<string, string> namespaces, List<string> taxonomy, TaxonomyCatalog catalog, ValidationOptions options, DiagnosticBag diagnostics)
    {
        var self = new Uri(full);
        var root = new XElement(Xbrli + "xbrl", new XAttribute(XNamespace.Xmlns + "xbrli", Xbrli.NamespaceName), new XAttribute(XNamespace.Xmlns + "link", Link.NamespaceName), new XAttribute(XNamespace.Xmlns + "xlink", XLink.NamespaceName));
        foreach (var (prefix, uri) in namespaces.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (prefix.Length > 0 && prefix is not ("xbrli" or "link" or "xlink" or "xml" or "xmlns"))
            {
                root.Add(new XAttribute(XNamespace.Xmlns + prefix, uri));
            }
        }

        foreach (var href in taxonomy)
        {
            var absolute = Uri.TryCreate(self, href, out var resolved) ? resolved.AbsoluteUri : href;
            root.Add(new XElement(Link + "schemaRef", new XAttribute(XLink + "type", "simple"), new XAttribute(XLink + "href", absolute)));
        }

        var folder = Path.Combine(Path.GetDirectoryName(full)!, HeaderFolderPrefix + Guid.NewGuid().ToString("N"));
        var header = Path.Combine(folder, "report.xml");
        var made = new DocumentSource.InMemory(header, new UTF8Encoding(false).GetBytes(new XDocument(root).ToString(SaveOptions.DisableFormatting)));
        var bag = new DiagnosticBag();
        var content = InstanceValidator.Read(made, catalog, options with { AllowedFolders = [.. options.AllowedFolders, Path.GetDirectoryName(full)!] }, bag);
        foreach (var d in bag.Items)
        {
            // The made-up instance is the report's documentInfo.
            diagnostics.Add(d.Span.File == header ? d with { Span = SourceSpan.ForFile(path) } : d);
        }

        return content;
    }

    private static void ReadFact(string id, JsonElement fact, SourceSpan span, Taxonomy taxonomy, Dictionary<string, string> namespaces, InstanceModelBuilder model,
        Dictionary<string, string> contexts, Dictionary<string, string> units, DiagnosticBag diagnostics)
    {
        if (fact.ValueKind != JsonValueKind.Object || !fact.TryGetProperty("dimensions", out var dimensions) || dimensions.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Report(Codes.JsonBadFact, span, id, "a fact is an object with a dimensions object");
            return;
        }

        XName? Resolve(string qname)
        {
            var colon = qname.IndexOf(':', StringComparison.Ordinal);
            var prefix = colon < 0 ? string.Empty : qname[..colon];
            var local = qname[(colon + 1)..];
            var uri = namespaces.GetValueOrDefault(prefix) ?? (prefix == "xbrli" ? Xbrli.NamespaceName : null);
            return XmlReaderNames.IsNcName(local) && uri is not null ? XName.Get(local, uri) : null;
        }

        string? Text(JsonElement parent, string name) => parent.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        var conceptText = Text(dimensions, "concept");
        if (conceptText is null)
        {
            diagnostics.Report(Codes.JsonBadFact, span, id, "it has no concept");
            return;
        }

        if (Resolve(conceptText) is not { } conceptName || taxonomy.Concept(conceptName) is not { IsItem: true } concept)
        {
            diagnostics.Report(Codes.JsonUnknownConcept, span, id, conceptText);
            return;
        }

        // Entity: prefix:identifier, the prefix bound to the scheme.
        var entityText = Text(dimensions, "entity") ?? string.Empty;
        var entityColon = entityText.IndexOf(':', StringComparison.Ordinal);
        if (entityColon <= 0 || !namespaces.TryGetValue(entityText[..entityColon], out var scheme) || entityColon == entityText.Length - 1)
        {
            diagnostics.Report(Codes.JsonBadFact, span, id, $"entity '{entityText}' is not a scheme prefix and an identifier");
            return;
        }

        var identifier = entityText[(entityColon + 1)..];
        var periodText = Text(dimensions, "period");
        if (periodText is null || Period(periodText) is not { } period)
        {
            diagnostics.Report(Codes.JsonBadPeriod, span, id, periodText ?? string.Empty);
            return;
        }

        // Taxonomy-defined dimensions: a QName value whose prefix is bound is an explicit member, any other value typed.
        var values = new List<DimensionValue>();
        foreach (var d in dimensions.EnumerateObject().Where(d => d.Name.Contains(':', StringComparison.Ordinal)).OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            if (Resolve(d.Name) is not { } dimension)
            {
                diagnostics.Report(Codes.JsonBadFact, span, id, $"dimension '{d.Name}' has a prefix the report does not bind");
                return;
            }

            var raw = d.Value.ValueKind == JsonValueKind.String ? d.Value.GetString()! : d.Value.GetRawText();
            var member = d.Value.ValueKind == JsonValueKind.String && raw.Contains(':', StringComparison.Ordinal) ? Resolve(raw) : null;
            values.Add(member is not null
                ? new DimensionValue(dimension, d.Name, false, member, raw, 0, null, ContextElement.Segment, span)
                : new DimensionValue(dimension, d.Name, true, null, string.Empty, 1, null, ContextElement.Segment, span) { TypedValue = raw.Trim() });
        }

        var contextKey = scheme + "\u0001" + identifier + "\u0001" + period.Key + "\u0001" + string.Join("\u0002", values.Select(v => v.DimensionText + "=" + (v.Typed ? v.TypedValue : v.Member?.ToString())));
        if (!contexts.TryGetValue(contextKey, out var contextId))
        {
            contexts[contextKey] = contextId = "c" + (contexts.Count + 1).ToString(CultureInfo.InvariantCulture);
            model.Contexts[contextId] = new ContextInfo(contextId, scheme, identifier, contextKey, period, span)
            {
                HasSegmentOrScenario = values.Count > 0,
                Dimensions = values.Count == 0 ? ContextDimensions.None : new ContextDimensions(values, 0, 0),
                Class = model.ContextClass(contextKey),
            };
        }

        // A numeric fact without a unit is measured in xbrli:pure (OIM 1.0, 4.3).
        string? unitId = null;
        if ((Text(dimensions, "unit") ?? (concept.IsNumeric ? "xbrli:pure" : null)) is { } unitText)
        {
            if (Unit(unitText, Resolve) is not { } measures)
            {
                diagnostics.Report(Codes.JsonBadFact, span, id, $"unit '{unitText}' is not measures joined by '*' and '/', each a QName whose prefix the report binds");
                return;
            }

            var unit = new Unit(string.Empty, measures.Numerator, measures.Denominator) { Span = span };
            if (!units.TryGetValue(unit.MeasureKey, out unitId))
            {
                units[unit.MeasureKey] = unitId = "u" + (units.Count + 1).ToString(CultureInfo.InvariantCulture);
                model.Units[unitId] = unit with { Id = unitId, Class = model.UnitClass(unit.MeasureKey) };
            }
        }

        string? decimals = null;
        if (fact.TryGetProperty("decimals", out var dec) && dec.ValueKind != JsonValueKind.Null)
        {
            if (dec.ValueKind != JsonValueKind.Number || !dec.TryGetInt32(out var places))
            {
                diagnostics.Report(Codes.JsonBadFact, span, id, $"decimals {dec.GetRawText()} is not an integer");
                return;
            }

            decimals = places.ToString(CultureInfo.InvariantCulture);
        }

        var nil = !fact.TryGetProperty("value", out var value) || value.ValueKind == JsonValueKind.Null;
        if (!nil && value.ValueKind != JsonValueKind.String)
        {
            diagnostics.Report(Codes.JsonBadFact, span, id, "a value is a string, or null for nil");
            return;
        }

        var text = nil ? string.Empty : value.GetString()!;
        if (concept.IsNumeric && !nil && !InstanceReader.TryParseNumber(text, out _))
        {
            diagnostics.Report(Codes.JsonBadFact, span, id, $"value '{text}' of numeric concept '{conceptText}' is not a number");
            return;
        }

        var lang = concept.IsNumeric ? null : Text(dimensions, "language");
        InstanceReader.AddItem(model, concept, -1, id, contextId, unitId, concept.IsNumeric && !nil ? decimals : null, null, nil, text, lang, span);
    }

    /// <summary>An OIM period: one date-time (an instant) or two joined by '/' (a duration); a date-only value reads as XML's does.</summary>
    public static InstancePeriod? Period(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return InstancePeriod.ParsePoint(text, endOfDay: true) is { } at ? new InstancePeriod.Instant(at) : null;
        }

        var start = InstancePeriod.ParsePoint(text[..slash], endOfDay: false);
        var end = InstancePeriod.ParsePoint(text[(slash + 1)..], endOfDay: true);
        return start is { } s && end is { } e && s < e ? new InstancePeriod.Duration(s, e) : null;
    }

    /// <summary>An OIM unit string: numerator measures joined by '*', then optionally '/' and the denominator's (each side may be in parentheses).</summary>
    private static (List<QName> Numerator, List<QName> Denominator)? Unit(string text, Func<string, XName?> resolve)
    {
        List<QName>? Side(string side)
        {
            side = side.Trim();
            if (side.StartsWith('(') && side.EndsWith(')'))
            {
                side = side[1..^1];
            }

            var names = side.Split('*').Select(m => m.Trim()).Select(m => m.Contains(':', StringComparison.Ordinal) && resolve(m) is { } name ? QName.Of(name, m) : null).ToList();
            return names.Count > 0 && names.All(n => n is not null) ? names.Select(n => n!).OrderBy(n => n.Expanded.ToString(), StringComparer.Ordinal).ToList() : null;
        }

        var parts = text.Split('/');
        if (parts.Length > 2 || Side(parts[0]) is not { } numerator)
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return (numerator, []);
        }

        return Side(parts[1]) is { } denominator ? (numerator, denominator) : null;
    }

    /// <summary>
    /// Where each fact's id is in the file: a pass of the tokenizer over the members of the top-level <c>facts</c>
    /// object, each with the line and column of its name.
    /// </summary>
    private static Dictionary<string, (int Line, int Column)> FactLines(byte[] bytes)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        var found = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = SafeXml.MaxDepth });
        var inFacts = false;
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                if (inFacts && reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 1)
                {
                    inFacts = false;
                }

                continue;
            }

            if (reader.CurrentDepth == 1)
            {
                inFacts = reader.ValueTextEquals("facts"u8);
            }
            else if (inFacts && reader.CurrentDepth == 2)
            {
                var offset = (int)reader.TokenStartIndex;
                var index = starts.BinarySearch(offset);
                var line = index >= 0 ? index : ~index - 1;
                found.TryAdd(reader.GetString()!, (line + 1, offset - starts[line] + 1));
            }
        }

        return found;
    }
}
