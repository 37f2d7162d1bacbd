using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using XbrlGen.Model;

namespace XbrlGen.Rendering;

/// <summary>
/// Writes a filing's facts as an xBRL-JSON 1.0 report (the Open Information Model): the same facts, contexts and
/// units as the xBRL-XML instance, each fact with its concept, entity, period (date-times; a date-only end or instant
/// is the end of that day), unit and decimals. Output is deterministic: facts in the filing's order, ids <c>f1</c>, ...
/// </summary>
public static class JsonReport
{
    public const string DocumentType = "https://xbrl.org/2021/xbrl-json";

    /// <summary>The prefix an entity scheme is written with in <c>entity</c> values.</summary>
    public const string SchemePrefix = "scheme";

    public static void Write(Filing filing, TextWriter writer)
    {
        var namespaces = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["xbrl"] = "https://xbrl.org/2021",
            ["xbrli"] = Unit.Xbrli,
            ["iso4217"] = Unit.Iso4217,
        };
        foreach (var c in filing.ConceptsUsed)
        {
            namespaces[c.Name.Prefix] = c.Name.Namespace;
        }

        foreach (var m in filing.Units.SelectMany(u => u.Numerator.Concat(u.Denominator)))
        {
            namespaces[m.Prefix] = m.Namespace;
        }

        foreach (var scheme in filing.Contexts.Select(c => c.Scheme).Distinct(StringComparer.Ordinal))
        {
            namespaces[SchemePrefix] = scheme; // one scheme per filing; a second would need a second prefix
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
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
            json.WriteStringValue(filing.SchemaFile);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("facts");
            for (var i = 0; i < filing.Facts.Count; i++)
            {
                var fact = filing.Facts[i];
                json.WriteStartObject("f" + (i + 1).ToString(CultureInfo.InvariantCulture));
                json.WriteString("value", fact.Lexical);
                if (fact.Decimals is { } decimals)
                {
                    json.WriteNumber("decimals", decimals);
                }

                json.WriteStartObject("dimensions");
                json.WriteString("concept", fact.Concept.Name.Prefixed);
                json.WriteString("entity", SchemePrefix + ":" + fact.Context.Identifier);
                json.WriteString("period", Period(fact.Context.Period));
                if (fact.Unit is { IsPure: false } unit) // OIM writes xbrli:pure as no unit dimension
                {
                    json.WriteString("unit", UnitString(unit));
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        writer.Write(Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal));
        writer.Write('\n');
    }

    /// <summary>An OIM period: an instant is the start of the next day; a duration runs from the start of its first day to the start of the day after its last.</summary>
    public static string Period(Period period) => period switch
    {
        InstantPeriod i => DateTime(i.Date.AddDays(1)),
        DurationPeriod d => DateTime(d.Start) + "/" + DateTime(d.EndDate.AddDays(1)),
        _ => throw new ArgumentOutOfRangeException(nameof(period)),
    };

    /// <summary>An OIM unit string: measures multiplied with <c>*</c>, divided with <c>/</c>.</summary>
    public static string UnitString(Unit unit)
    {
        var numerator = string.Join('*', unit.Numerator.Select(m => m.Prefixed).Order(StringComparer.Ordinal));
        return unit.IsDivide ? numerator + "/" + string.Join('*', unit.Denominator.Select(m => m.Prefixed).Order(StringComparer.Ordinal)) : numerator;
    }

    private static string DateTime(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00";
}
