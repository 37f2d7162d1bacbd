using System.Globalization;
using System.Text;
using System.Xml.Linq;
using System.Xml;
using XbrlGen.Diagnostics;
using XbrlGen.Model;
using XbrlGen.Packaging;
using XbrlGen.Rendering;
using XbrlGen.Validation.Inline;
using XbrlGen.Validation.Instances;
using XbrlGen.Validation.Json;
using XbrlGen.Validation;
using XbrlGen.Xbrl;

namespace XbrlGen.Pipeline;

/// <summary>The report formats <c>convert</c> writes.</summary>
public enum ReportFormat
{
    Json,
    Xml,
}

/// <summary>What a conversion wrote: the file and how many facts.</summary>
public sealed record ConvertResult(string Output, int Facts);

/// <summary>
/// <c>xbrlgen convert</c>: an xBRL-XML instance or an Inline XBRL document set, validated first exactly as
/// <c>validate</c> does, written as xBRL-JSON or xBRL-XML. Nothing is written when the input does not validate, and an
/// input file is never overwritten.
/// </summary>
public static class Converter
{
    private static readonly XNamespace Xbrli = Unit.Xbrli;
    private static readonly XNamespace Link = XbrlNamespaces.Link;
    private static readonly XNamespace XLink = XbrlNamespaces.XLink;
    private static readonly XNamespace Xbrldi = XbrlNamespaces.Xbrldi;
    private static readonly XNamespace Xsi = XbrlNamespaces.Xsi;

    public static ConvertResult? Convert(IReadOnlyList<string> files, ReportFormat to, string? output, TaxonomyCatalog catalog, DiagnosticBag diagnostics)
    {
        var missing = files.Where(f => !File.Exists(f)).ToList();
        foreach (var file in missing)
        {
            diagnostics.Report(Codes.FileNotFound, SourceSpan.ForFile(file), file, "no such file");
        }

        if (missing.Count > 0)
        {
            return null;
        }

        foreach (var file in files)
        {
            if (DocumentSniff.IsPackageName(file))
            {
                diagnostics.Report(Codes.ConvertUnsupported, SourceSpan.ForFile(file), file, "a report package (validate it, or convert the report inside it)");
                return null;
            }
        }

        var kinds = files.Select(DocumentSniff.KindOf).ToList();
        var inline = kinds.All(k => k == DocumentKind.InlinePage);
        var json = files.Count == 1 && kinds[0] == DocumentKind.Json;
        if (!inline && files.Count != 1)
        {
            diagnostics.Report(Codes.ConvertInputs, SourceSpan.ForFile(files[0]));
            return null;
        }

        var extension = to == ReportFormat.Json ? ".json" : ".xml";
        var target = Path.GetFullPath(output ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(files[0]))!, Path.GetFileNameWithoutExtension(files[0]) + extension));
        if (files.Any(f => string.Equals(Path.GetFullPath(f), target, StringComparison.Ordinal)))
        {
            diagnostics.Report(Codes.ConvertOverwrite, SourceSpan.ForFile(target), target);
            return null;
        }

        XDocument? instance;
        var options = new ValidationOptions();
        if (inline)
        {
            instance = InlineValidator.Validate(files, catalog, options, diagnostics)?.Instance;
        }
        else if (json)
        {
            var content = JsonReportValidator.Validate(files[0], catalog, options, diagnostics);
            instance = content is null || diagnostics.HasErrors ? null : JsonInstance.ToXml(content, files[0], diagnostics);
        }
        else
        {
            InstanceValidator.Validate(files[0], catalog, options, diagnostics);
            instance = diagnostics.HasErrors ? null : SafeXml.Load(files[0], diagnostics);
        }

        if (instance?.Root is null || diagnostics.HasErrors)
        {
            return null;
        }

        // References are made relative to where the report is written: the target document's are absolute (it was
        // validated away from its pages), an instance's are relative to the instance.
        var folder = Path.GetDirectoryName(target)!;
        var inputFolder = Path.GetDirectoryName(Path.GetFullPath(files[0]))!;
        foreach (var href in instance.Root.Elements().Where(e => e.Name.Namespace == Link).Select(e => e.Attribute(XLink + "href")).OfType<XAttribute>())
        {
            if (!Uri.TryCreate(href.Value, UriKind.RelativeOrAbsolute, out var uri))
            {
                continue;
            }

            var local = uri.IsAbsoluteUri ? (uri.IsFile ? uri.LocalPath : null) : Path.GetFullPath(Path.Combine(inputFolder, Uri.UnescapeDataString(href.Value)));
            if (local is not null)
            {
                href.Value = Path.GetRelativePath(folder, local).Replace(Path.DirectorySeparatorChar, '/');
            }
        }

        var facts = Facts(instance);
        var temp = target + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            Directory.CreateDirectory(folder);
            using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)) { NewLine = "\n" })
            {
                if (to == ReportFormat.Json)
                {
                    var taxonomy = instance.Root.Elements(Link + "schemaRef").Select(e => (string?)e.Attribute(XLink + "href") ?? string.Empty).ToList();
                    JsonReport.Write(facts, taxonomy, writer);
                }
                else
                {
                    using var xml = XmlWriter.Create(writer, new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false) });
                    instance.Save(xml);
                }
            }

            File.Move(temp, target, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }

            diagnostics.Report(Codes.OutputFailed, SourceSpan.ForFile(target), target, ex.Message);
            return null;
        }

        return new ConvertResult(target, facts.Count);
    }

    /// <summary>
    /// An instance's facts as xBRL-JSON sees them: every item with a context (tuples are not carried), explicit
    /// dimensions of segment and scenario, ids kept or made (<c>f1</c>, ... in document order).
    /// </summary>
    public static IReadOnlyList<OimFact> Facts(XDocument instance)
    {
        var root = instance.Root!;
        var contexts = root.Elements(Xbrli + "context").Where(c => c.Attribute("id") is not null)
            .ToDictionary(c => (string)c.Attribute("id")!, Context, StringComparer.Ordinal);
        var units = root.Elements(Xbrli + "unit").Where(u => u.Attribute("id") is not null)
            .ToDictionary(u => (string)u.Attribute("id")!, Measures, StringComparer.Ordinal);
        var facts = new List<OimFact>();
        var n = 0;
        foreach (var element in root.Elements().Where(e => e.Attribute("contextRef") is not null))
        {
            n++;
            if (!contexts.TryGetValue((string)element.Attribute("contextRef")!, out var context))
            {
                continue;
            }

            var (numerator, denominator) = (string?)element.Attribute("unitRef") is { } unitRef && units.TryGetValue(unitRef, out var unit) ? unit : ([], []);
            var decimals = (string?)element.Attribute("decimals") is { } d && int.TryParse(d, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var dv) ? dv : (int?)null;
            var nil = (string?)element.Attribute(Xsi + "nil") is "true" or "1";
            facts.Add(new OimFact(
                (string?)element.Attribute("id") ?? FactIds.Nth(n),
                Name(element, element.Name),
                context.Scheme,
                context.Identifier,
                context.Period,
                context.Dimensions,
                numerator,
                denominator,
                decimals,
                nil ? null : element.Value));
        }

        return facts;
    }

    private sealed record OimContext(string Scheme, string Identifier, string Period, IReadOnlyList<(QName, QName)> Dimensions);

    private static OimContext Context(XElement context)
    {
        var identifier = context.Element(Xbrli + "entity")?.Element(Xbrli + "identifier");
        var period = context.Element(Xbrli + "period");
        string text;
        if (period?.Element(Xbrli + "instant") is { } instant)
        {
            text = When(instant.Value, end: true);
        }
        else if (period?.Element(Xbrli + "startDate") is { } start && period.Element(Xbrli + "endDate") is { } end)
        {
            text = When(start.Value, end: false) + "/" + When(end.Value, end: true);
        }
        else
        {
            text = "forever";
        }

        var dimensions = context.Descendants(Xbrldi + "explicitMember")
            .Select(m => (Resolve(m, (string?)m.Attribute("dimension") ?? string.Empty), Resolve(m, m.Value.Trim())))
            .Where(p => p.Item1 is not null && p.Item2 is not null)
            .Select(p => (p.Item1!, p.Item2!)).OrderBy(p => p.Item1.Prefixed, StringComparer.Ordinal).ToList();
        return new OimContext((string?)identifier?.Attribute("scheme") ?? string.Empty, identifier?.Value.Trim() ?? string.Empty, text, dimensions);
    }

    /// <summary>A date-only end or instant is the end of that day, the start of the next; a date-time stays as it is.</summary>
    private static string When(string value, bool end)
    {
        value = value.Trim();
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) && InstancePeriod.ParsePoint(value, end) is { } point
            ? JsonReport.DateTime(point)
            : value;
    }

    private static (IReadOnlyList<QName>, IReadOnlyList<QName>) Measures(XElement unit)
    {
        List<QName> Of(XElement? parent) => parent is null ? [] : parent.Elements(Xbrli + "measure").Select(m => Resolve(m, m.Value.Trim())).OfType<QName>().ToList();
        var divide = unit.Element(Xbrli + "divide");
        return divide is null ? (Of(unit), []) : (Of(divide.Element(Xbrli + "unitNumerator")), Of(divide.Element(Xbrli + "unitDenominator")));
    }

    private static QName? Resolve(XElement scope, string prefixed)
    {
        var colon = prefixed.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon < 0 ? string.Empty : prefixed[..colon];
        var ns = colon < 0 ? scope.GetDefaultNamespace() : scope.GetNamespaceOfPrefix(prefix);
        return ns is null ? null : new QName(prefix, ns.NamespaceName, prefixed[(colon + 1)..]);
    }

    private static QName Name(XElement scope, XName name) => new(scope.GetPrefixOfNamespace(name.Namespace) ?? string.Empty, name.NamespaceName, name.LocalName);
}
