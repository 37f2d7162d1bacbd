using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using XbrlGen.Model;
using XbrlGen.Xbrl;

namespace XbrlGen.Rendering;

/// <summary>
/// Writes facts as an xBRL-JSON 1.0 report (the Open Information Model): each fact with its concept, entity, period
/// (date-times; a date-only end or instant is the end of that day), explicit dimensions, unit and decimals. Output is
/// deterministic. <c>generate</c> writes the filing's own facts through it, and <c>convert</c> any instance's.
/// </summary>
public static class JsonReport
{
    public const string DocumentType = "https://xbrl.org/2021/xbrl-json";

    /// <summary>The prefix entity schemes are written with in <c>entity</c> values (<c>scheme</c>, <c>scheme2</c>, ...).</summary>
    public const string SchemePrefix = "scheme";

    /// <summary>The filing's facts, ids <c>f1</c>, <c>f2</c>, ... in the filing's order (the Inline XBRL pages use the same ids).</summary>
    public static IReadOnlyList<OimFact> FactsOf(Filing filing)
    {
        // A context's period and dimensions are made once for all of its facts.
        var contexts = new Dictionary<Context, (string Period, (QName, QName)[] Dimensions)>(ReferenceEqualityComparer.Instance);
        return filing.Facts.Select((f, i) =>
        {
            if (!contexts.TryGetValue(f.Context, out var c))
            {
                contexts[f.Context] = c = (Period(f.Context.Period), [.. f.Context.Members.Select(m => (m.Axis.Name, m.Member.Name))]);
            }

            return new OimFact(
                FactIds.Nth(i + 1),
                f.Concept.Name,
                f.Context.Scheme,
                f.Context.Identifier,
                c.Period,
                c.Dimensions,
                f.Unit?.Numerator ?? [],
                f.Unit?.Denominator ?? [],
                f.Decimals is { } d && d.IsFinite(out var places) ? places : null,
                f.Lexical);
        }).ToList();
    }

    /// <summary>
    /// An instance's facts as read, as xBRL-JSON sees them: every top-level item with a context (tuples are not carried),
    /// explicit dimensions of segment and scenario, ids kept or made (<c>f1</c>, ... counting the top-level items in
    /// document order). Names keep the prefixes the instance writes them with.
    /// </summary>
    public static IReadOnlyList<OimFact> FactsOf(InstanceModel model)
    {
        var prefixes = model.Prefixes;
        QName Name(System.Xml.Linq.XName name, string? written = null) =>
            written is not null ? QName.Of(name, written) : new QName(prefixes.GetValueOrDefault(name.NamespaceName, string.Empty), name.NamespaceName, name.LocalName);
        var contexts = new Dictionary<ContextInfo, (string Period, (QName, QName)[] Dimensions)>(ReferenceEqualityComparer.Instance);
        var facts = new List<OimFact>();
        var n = 0;
        foreach (var fact in model.Facts)
        {
            if (fact.Parent >= 0 || fact.ContextRef is null)
            {
                continue;
            }

            n++;
            if (model.ContextOf(fact) is not { } context)
            {
                continue;
            }

            if (!contexts.TryGetValue(context, out var c))
            {
                contexts[context] = c = (Period(context.Period), [.. context.Dimensions.Values
                    .Where(v => !v.Typed && v.Dimension is not null && v.Member is not null)
                    .Select(v => (Name(v.Dimension!, v.DimensionText), Name(v.Member!, v.MemberText)))
                    .OrderBy(d => d.Item1.Prefixed, StringComparer.Ordinal)]);
            }

            var unit = fact.UnitRef is { } u ? model.Units.GetValueOrDefault(u) : null;
            facts.Add(new OimFact(
                fact.Id ?? FactIds.Nth(n),
                Name(XNameOf(fact.Concept.Name)),
                context.Scheme,
                context.Identifier,
                c.Period,
                c.Dimensions,
                unit?.Numerator ?? [],
                unit?.Denominator ?? [],
                fact.Decimals is { } d && int.TryParse(d, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var places) ? places : null,
                fact.Nil ? null : fact.Value));
        }

        return facts;
    }

    private static System.Xml.Linq.XName XNameOf(System.Xml.XmlQualifiedName name) => System.Xml.Linq.XNamespace.Get(name.Namespace) + name.Name;

    public static void Write(Filing filing, TextWriter writer) => Write(FactsOf(filing), [filing.SchemaFile], writer);

    public static void Write(IReadOnlyList<OimFact> facts, IReadOnlyList<string> taxonomy, TextWriter writer)
    {
        var schemes = facts.Select(f => f.Scheme).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select((s, i) => (s, Prefix: i == 0 ? SchemePrefix : SchemePrefix + (i + 1).ToString(CultureInfo.InvariantCulture)))
            .ToDictionary(p => p.s, p => p.Prefix, StringComparer.Ordinal);
        var namespaces = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["xbrl"] = "https://xbrl.org/2021",
            ["xbrli"] = Unit.Xbrli,
        };
        foreach (var name in facts.SelectMany(f => new[] { f.Concept }.Concat(f.Numerator).Concat(f.Denominator).Concat(f.Dimensions.SelectMany(d => new[] { d.Dimension, d.Member }))))
        {
            namespaces[name.Prefix] = name.Namespace;
        }

        foreach (var (scheme, prefix) in schemes)
        {
            namespaces[prefix] = scheme;
        }

        // The JSON streams to the writer in chunks of whole facts (so no character is split), never held whole.
        var buffer = new ArrayBufferWriter<byte>(ChunkBytes * 2);
        var chars = new char[Encoding.UTF8.GetMaxCharCount(ChunkBytes * 2)];
        void Drain(Utf8JsonWriter json)
        {
            json.Flush();
            if (Encoding.UTF8.GetMaxCharCount(buffer.WrittenCount) > chars.Length)
            {
                chars = new char[Encoding.UTF8.GetMaxCharCount(buffer.WrittenCount)]; // a fact longer than a chunk
            }

            var n = Encoding.UTF8.GetChars(buffer.WrittenSpan, chars);
            writer.Write(chars, 0, n);
            buffer.ResetWrittenCount();
        }

        var entities = new Dictionary<(string, string), string>();
        var units = new Dictionary<(IReadOnlyList<QName>, IReadOnlyList<QName>), string?>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("documentInfo");
            json.WriteString("documentType", DocumentType);
            json.WriteStartObject("namespaces");
            foreach (var (prefix, uri) in namespaces)
            {
                json.WriteString(prefix, uri);
            }

            json.WriteEndObject();
            json.WriteStartArray("taxonomy");
            foreach (var t in taxonomy)
            {
                json.WriteStringValue(t);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("facts");
            foreach (var fact in facts)
            {
                json.WriteStartObject(fact.Id);
                if (fact.Value is null)
                {
                    json.WriteNull("value");
                }
                else
                {
                    json.WriteString("value", fact.Value);
                }

                if (fact.Decimals is { } decimals)
                {
                    json.WriteNumber("decimals", decimals);
                }

                json.WriteStartObject("dimensions");
                json.WriteString("concept", fact.Concept.Prefixed);
                if (!entities.TryGetValue((fact.Scheme, fact.Identifier), out var entity))
                {
                    entities[(fact.Scheme, fact.Identifier)] = entity = schemes[fact.Scheme] + ":" + fact.Identifier;
                }

                json.WriteString("entity", entity);
                json.WriteString("period", fact.Period);
                if (!units.TryGetValue((fact.Numerator, fact.Denominator), out var unit))
                {
                    units[(fact.Numerator, fact.Denominator)] = unit = UnitString(fact.Numerator, fact.Denominator);
                }

                if (unit is not null)
                {
                    json.WriteString("unit", unit);
                }

                foreach (var (dimension, member) in fact.Dimensions)
                {
                    json.WriteString(dimension.Prefixed, member.Prefixed);
                }

                json.WriteEndObject();
                json.WriteEndObject();
                if (json.BytesPending + buffer.WrittenCount > ChunkBytes)
                {
                    Drain(json);
                }
            }

            json.WriteEndObject();
            json.WriteEndObject();
            Drain(json);
        }

        writer.Write('\n');
    }

    private const int ChunkBytes = 64 * 1024;

    /// <summary>An OIM period: an instant is the start of the next day; a duration runs from the start of its first day to the start of the day after its last.</summary>
    public static string Period(Period period) => Period(InstancePeriod.From(period));

    /// <summary>An OIM period of an instance's context: its points in time (a date-only end or instant is the start of the next day), or <c>forever</c>.</summary>
    public static string Period(InstancePeriod period) => period switch
    {
        InstancePeriod.Instant { At: { } at } => DateTime(at),
        InstancePeriod.Duration { Start: { } start, End: { } end } => DateTime(start) + "/" + DateTime(end),
        InstancePeriod.Forever => "forever",
        _ => throw new ArgumentOutOfRangeException(nameof(period), "a period that did not validate"),
    };

    /// <summary>An OIM date-time: a point in time, as <c>yyyy-MM-ddTHH:mm:ss</c>.</summary>
    public static string DateTime(DateTime point) => point.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>An OIM unit string: measures multiplied with <c>*</c>, divided with <c>/</c>; none for <c>xbrli:pure</c>, which OIM writes as no unit, and for text.</summary>
    public static string? UnitString(IReadOnlyList<QName> numerator, IReadOnlyList<QName> denominator)
    {
        if (numerator.Count == 0 || (denominator.Count == 0 && numerator.Count == 1 && numerator[0].Namespace == Unit.Xbrli && numerator[0].LocalName == "pure"))
        {
            return null;
        }

        var top = string.Join('*', numerator.Select(m => m.Prefixed).Order(StringComparer.Ordinal));
        return denominator.Count > 0 ? top + "/" + string.Join('*', denominator.Select(m => m.Prefixed).Order(StringComparer.Ordinal)) : top;
    }
}
