using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml.Linq;
using XbrlGen.Diagnostics;

namespace XbrlGen.Validation.Inline;

/// <summary>One dimension of a fact's context: the axis, and the member (explicit) or the typed value, as written.</summary>
public sealed record ListedDimension(string Axis, string Member, bool Typed);

/// <summary>
/// One fact as read, whether or not its taxonomy is at hand: the concept as a prefixed QName, the period (start and
/// end, or instant; neither for forever), the dimensions, unit, decimals, the value (after transformation, scale and
/// sign for Inline XBRL) and where it stands.
/// </summary>
public sealed record ListedFact(
    string Concept,
    string? Start,
    string? End,
    string? Instant,
    IReadOnlyList<ListedDimension> Dimensions,
    string? Unit,
    string? Decimals,
    string Value,
    bool Nil,
    SourceSpan Source);

/// <summary>The facts of an instance or of an Inline XBRL document set's target document, one row per fact, as CSV or JSON Lines.</summary>
public static class FactListing
{
    private static readonly XNamespace Xbrli = XbrlNamespaces.Xbrli;
    private static readonly XNamespace Link = XbrlNamespaces.Link;
    private static readonly XNamespace Xbrldi = XbrlNamespaces.Xbrldi;
    private static readonly XNamespace Xsi = XbrlNamespaces.Xsi;

    /// <summary>The facts of an Inline XBRL document set, read without its taxonomy; null (reported) when the set cannot be read.</summary>
    public static IReadOnlyList<ListedFact>? FromInline(IReadOnlyList<InlineDocument> pages, DiagnosticBag diagnostics)
    {
        var target = InlineXbrlReader.Read(pages, diagnostics);
        if (target is null)
        {
            return null;
        }

        var children = target.Instance.Root!.Elements().ToList();
        return Facts(target.Instance.Root!, i => i < target.Sources.Count ? target.Sources[i] : SourceSpan.ForFile(pages[0].Name), children);
    }

    /// <summary>The facts of an xBRL-XML instance; null (reported) when it is not well-formed XML or not an instance.</summary>
    public static IReadOnlyList<ListedFact>? FromInstance(string name, Func<Stream> open, DiagnosticBag diagnostics)
    {
        var xml = SafeXml.Load(name, open, diagnostics);
        if (xml?.Root is null)
        {
            return null;
        }

        if (xml.Root.Name != Xbrli + "xbrl")
        {
            diagnostics.Report(Codes.NotAnInstance, SafeXml.Span(name, xml.Root), xml.Root.Name.LocalName);
            return null;
        }

        var children = xml.Root.Elements().ToList();
        return Facts(xml.Root, i => SafeXml.Span(name, children[i]), children);
    }

    private static List<ListedFact> Facts(XElement root, Func<int, SourceSpan> span, List<XElement> children)
    {
        var contexts = root.Elements(Xbrli + "context").Where(c => c.Attribute("id") is not null)
            .GroupBy(c => (string)c.Attribute("id")!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var units = root.Elements(Xbrli + "unit").Where(u => u.Attribute("id") is not null)
            .GroupBy(u => (string)u.Attribute("id")!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var facts = new List<ListedFact>();
        for (var i = 0; i < children.Count; i++)
        {
            var element = children[i];
            if (element.Name.Namespace == Xbrli || element.Name.Namespace == Link)
            {
                continue;
            }

            Add(element, span(i), contexts, units, facts);
        }

        return facts;
    }

    /// <summary>A fact, or the facts inside a tuple (an element without a context that holds elements).</summary>
    private static void Add(XElement element, SourceSpan span, Dictionary<string, XElement> contexts, Dictionary<string, XElement> units, List<ListedFact> facts)
    {
        var contextRef = (string?)element.Attribute("contextRef");
        if (contextRef is null)
        {
            foreach (var child in element.Elements())
            {
                Add(child, child is System.Xml.IXmlLineInfo { LineNumber: > 0 } ? SafeXml.Span(span.File, child) : span, contexts, units, facts);
            }

            return;
        }

        contexts.TryGetValue(contextRef, out var context);
        var period = context?.Element(Xbrli + "period");
        var dimensions = new List<ListedDimension>();
        if (context is not null)
        {
            foreach (var container in new[] { context.Element(Xbrli + "entity")?.Element(Xbrli + "segment"), context.Element(Xbrli + "scenario") })
            {
                foreach (var member in container?.Elements() ?? [])
                {
                    var dimension = (string?)member.Attribute("dimension") ?? string.Empty;
                    if (member.Name == Xbrldi + "explicitMember")
                    {
                        dimensions.Add(new ListedDimension(QName(member, dimension), QName(member, member.Value), false));
                    }
                    else if (member.Name == Xbrldi + "typedMember")
                    {
                        dimensions.Add(new ListedDimension(QName(member, dimension), string.Concat(member.Elements().Select(e => e.Value.Trim())), true));
                    }
                }
            }
        }

        string? unit = null;
        if ((string?)element.Attribute("unitRef") is { } unitRef)
        {
            unit = units.TryGetValue(unitRef, out var u) ? Unit(u) : unitRef;
        }

        facts.Add(new ListedFact(
            Prefixed(element),
            (string?)period?.Element(Xbrli + "startDate") is { } start ? start.Trim() : null,
            (string?)period?.Element(Xbrli + "endDate") is { } end ? end.Trim() : null,
            (string?)period?.Element(Xbrli + "instant") is { } instant ? instant.Trim() : null,
            dimensions,
            unit,
            (string?)element.Attribute("decimals") ?? ((string?)element.Attribute("precision") is { } p ? "precision " + p : null),
            element.Value,
            (string?)element.Attribute(Xsi + "nil") is "true" or "1",
            span));
    }

    /// <summary>A unit's measures as written: several multiplied with '*', a divide as numerator/denominator.</summary>
    private static string Unit(XElement unit)
    {
        static string Measures(XElement? e) => string.Join('*', (e?.Elements(Xbrli + "measure") ?? []).Select(m => QName(m, m.Value)));
        return unit.Element(Xbrli + "divide") is { } divide
            ? Measures(divide.Element(Xbrli + "unitNumerator")) + "/" + Measures(divide.Element(Xbrli + "unitDenominator"))
            : Measures(unit);
    }

    private static string Prefixed(XElement element) => Prefixed(element, element.Name);

    /// <summary>
    /// A name with the prefix the document gives its namespace, the usual prefix of an XBRL namespace the document
    /// binds to no prefix (as the default namespace), or in Clark notation when the namespace has neither.
    /// </summary>
    private static string Prefixed(XElement scope, XName name)
    {
        var prefix = scope.GetPrefixOfNamespace(name.Namespace) ?? scope.Document?.Root?.GetPrefixOfNamespace(name.Namespace);
        if (string.IsNullOrEmpty(prefix))
        {
            prefix = name.NamespaceName switch
            {
                XbrlNamespaces.Xbrli => "xbrli",
                XbrlNamespaces.Xbrldi => "xbrldi",
                "http://www.xbrl.org/2003/iso4217" => "iso4217",
                "" => null,
                _ => null,
            };
        }

        return prefix is null ? (name.NamespaceName.Length == 0 ? name.LocalName : "{" + name.NamespaceName + "}" + name.LocalName) : prefix + ":" + name.LocalName;
    }

    /// <summary>A QName written in the document (a measure, a dimension, a member), resolved in its scope and prefixed as <see cref="Prefixed(XElement, XName)"/> does.</summary>
    private static string QName(XElement scope, string text)
    {
        var trimmed = text.Trim();
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var ns = colon < 0 ? scope.GetDefaultNamespace() : scope.GetNamespaceOfPrefix(trimmed[..colon]);
        if (ns is null || colon == trimmed.Length - 1)
        {
            return trimmed;
        }

        try
        {
            return Prefixed(scope, ns + System.Xml.XmlConvert.VerifyNCName(trimmed[(colon + 1)..]));
        }
        catch (System.Xml.XmlException)
        {
            return trimmed;
        }
    }

    /// <summary>The dimensions of a row, in the order of the context: "axis=member", space-separated.</summary>
    public static string DimensionText(IEnumerable<ListedDimension> dimensions) => string.Join(' ', dimensions.Select(d => d.Axis + "=" + d.Member));

    public static readonly string[] Columns = ["concept", "start", "end", "instant", "dimensions", "unit", "decimals", "value", "file", "line"];

    /// <summary>CSV (RFC 4180): a header, then one row per fact.</summary>
    public static void WriteCsv(IEnumerable<ListedFact> facts, TextWriter writer, Func<string, string>? file = null)
    {
        writer.Write(string.Join(',', Columns) + "\n");
        foreach (var f in facts)
        {
            var cells = new[]
            {
                f.Concept, f.Start ?? string.Empty, f.End ?? string.Empty, f.Instant ?? string.Empty, DimensionText(f.Dimensions),
                f.Unit ?? string.Empty, f.Decimals ?? string.Empty, f.Value, file?.Invoke(f.Source.File) ?? f.Source.File,
                f.Source.Line.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            writer.Write(string.Join(',', cells.Select(Csv)) + "\n");
        }
    }

    private static string Csv(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>JSON Lines: one object per fact; dimensions an object from axis to member (or typed value).</summary>
    public static void WriteJson(IEnumerable<ListedFact> facts, TextWriter writer, Func<string, string>? file = null)
    {
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };
        foreach (var f in facts)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, options))
            {
                json.WriteStartObject();
                json.WriteString("concept", f.Concept);
                WriteOptional(json, "start", f.Start);
                WriteOptional(json, "end", f.End);
                WriteOptional(json, "instant", f.Instant);
                json.WriteStartObject("dimensions");
                foreach (var d in f.Dimensions)
                {
                    json.WriteString(d.Axis, d.Member);
                }

                json.WriteEndObject();
                WriteOptional(json, "unit", f.Unit);
                WriteOptional(json, "decimals", f.Decimals);
                if (f.Nil)
                {
                    json.WriteNull("value");
                }
                else
                {
                    json.WriteString("value", f.Value);
                }

                json.WriteString("file", file?.Invoke(f.Source.File) ?? f.Source.File);
                json.WriteNumber("line", f.Source.Line);
                json.WriteEndObject();
            }

            writer.Write(Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
        }
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
