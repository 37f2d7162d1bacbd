using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using XbrlGen.Diagnostics;
using XbrlGen.Validation.Dimensions;

namespace XbrlGen.Validation;

/// <summary>A context as validation needs it: its id, a key for c-equality (4.10), and its period.</summary>
public sealed record ContextInfo(string Id, string Scheme, string Identifier, string EqualityKey, bool IsInstant, bool IsForever, DateTime Start, DateTime End, SourceSpan Span)
{
    /// <summary>The calendar date the period ends on (an instant or end date of date-only form is the end of that day).</summary>
    public DateOnly EndDate => DateOnly.FromDateTime(End.TimeOfDay == TimeSpan.Zero ? End.AddDays(-1) : End);

    public bool HasSegmentOrScenario { get; init; }

    /// <summary>The segment's and scenario's content as XBRL Dimensions reads it (empty for a plain context).</summary>
    public ContextDimensions Dimensions { get; init; } = ContextDimensions.None;

    /// <summary>Contexts with the same class are c-equal.</summary>
    public int Class { get; init; }
}

/// <summary>A unit: its id, and its measures as sorted expanded names (u-equality is equality of the key).</summary>
public sealed record UnitInfo(string Id, IReadOnlyList<XName> Numerator, IReadOnlyList<XName> Denominator, SourceSpan Span)
{
    public string Key { get; } = string.Join("*", Numerator.Select(n => n.ToString()).Order(StringComparer.Ordinal)) + "/" + string.Join("*", Denominator.Select(n => n.ToString()).Order(StringComparer.Ordinal));

    public bool IsSingle(XName measure) => Denominator.Count == 0 && Numerator.Count == 1 && Numerator[0] == measure;

    /// <summary>Units with the same class are u-equal.</summary>
    public int Class { get; init; }
}

/// <summary>
/// One fact of an instance, kept as a compact record rather than a DOM node: concept, parent tuple, references,
/// precision and the lexical value. Large instances are validated in one streaming pass that keeps only these.
/// </summary>
public sealed record FactInfo(
    int Index,
    XbrlConcept Concept,
    int Parent,
    string? Id,
    string? ContextRef,
    string? UnitRef,
    string? Decimals,
    string? Precision,
    bool Nil,
    string Value,
    string? Lang,
    string File,
    int Line,
    int Column)
{
    /// <summary>Where the fact is (made on demand: 150,000 facts need no 150,000 span objects).</summary>
    public SourceSpan Span => new(File, Line, Column);

    /// <summary>The numeric value, when the fact is numeric, not nil, and fits a decimal.</summary>
    public decimal? Number { get; init; }

    private int? _inferredDecimals;
    private bool _inferred;

    /// <summary>Decimals, stated or inferred from precision (4.6.6); null means INF. Computed once.</summary>
    public int? InferredDecimals
    {
        get
        {
            if (!_inferred)
            {
                _inferredDecimals = InferDecimals();
                _inferred = true;
            }

            return _inferredDecimals;
        }
    }

    private int? InferDecimals()
    {
        if (Decimals is { } d)
        {
            return d.Trim() == "INF" ? null : int.TryParse(d.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;
        }

        if (Precision is { } p)
        {
            if (p.Trim() == "INF" || Number is not { } n || n == 0m || !int.TryParse(p.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var precision))
            {
                return null;
            }

            return precision - Magnitude(n) - 1;
        }

        return null;
    }

    public bool PrecisionZero => Precision?.Trim() == "0";

    /// <summary>The context the fact's contextRef names, once the rules have resolved it (null if none).</summary>
    public ContextInfo? ContextOf { get; set; }

    /// <summary>The equality class of the fact's unit, once resolved (-1: none).</summary>
    public int UnitClass { get; set; } = -1;

    /// <summary>floor(log10(|n|)) for n != 0, exactly.</summary>
    public static int Magnitude(decimal n)
    {
        n = Math.Abs(n);
        var m = 0;
        while (n >= 10m)
        {
            n /= 10m;
            m++;
        }

        while (n < 1m)
        {
            n *= 10m;
            m--;
        }

        return m;
    }
}

/// <summary>What the streaming pass over an instance collects.</summary>
public sealed class InstanceModel
{
    public List<FactInfo> Facts { get; } = [];

    public Dictionary<string, ContextInfo> Contexts { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, UnitInfo> Units { get; } = new(StringComparer.Ordinal);

    /// <summary>Equality classes: contexts by their s-equality key, units by their measures.</summary>
    public Dictionary<string, int> ContextClasses { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> UnitClasses { get; } = new(StringComparer.Ordinal);

    /// <summary>Records an element's id; a second element with the same id is a schema error (xsd:ID is unique).</summary>
    public void AddId(string? id, string kind, SourceSpan span, DiagnosticBag diagnostics)
    {
        if (id is not null && !Ids.TryAdd(id, kind))
        {
            diagnostics.Report(Codes.SchemaInvalid, span, $"there is already an element with id '{id}'");
        }
    }

    public int ClassOf(Dictionary<string, int> classes, string key)
    {
        if (!classes.TryGetValue(key, out var c))
        {
            classes[key] = c = classes.Count;
        }

        return c;
    }

    /// <summary>Every id in the instance and the element kind that has it.</summary>
    public Dictionary<string, string> Ids { get; } = new(StringComparer.Ordinal);

    /// <summary>The instance's footnote links, roleRefs and arcroleRefs, kept as small DOM fragments under one container.</summary>
    public XElement LinkContainer { get; } = new(Dts.Link + "linkbase");

    public List<(XElement Element, SourceSpan Span)> References { get; } = [];
}
