using System.Globalization;
using System.Text;
using System.Xml.Linq;
using System.Xml.Schema;
using System.Xml;
using XbrlGen.Diagnostics;

namespace XbrlGen.Xbrl;

/// <summary>A context as validation needs it: its id, a key for c-equality (4.10), and its period.</summary>
public sealed record ContextInfo(string Id, string Scheme, string Identifier, string EqualityKey, InstancePeriod Period, SourceSpan Span)
{
    public bool HasSegmentOrScenario { get; init; }

    /// <summary>The segment's and scenario's content as XBRL Dimensions reads it (empty for a plain context).</summary>
    public ContextDimensions Dimensions { get; init; } = ContextDimensions.None;

    /// <summary>Contexts with the same class are c-equal.</summary>
    public int Class { get; init; }
}

/// <summary>A unit: its id, and its measures as sorted expanded names (u-equality is equality of the key).</summary>
public sealed record UnitInfo(string Id, IReadOnlyList<XName> Numerator, IReadOnlyList<XName> Denominator, SourceSpan Span)
{
    public string Key { get; } = Unit.KeyOf(Numerator.Select(n => (n.NamespaceName, n.LocalName)), Denominator.Select(n => (n.NamespaceName, n.LocalName)));

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

    /// <summary>
    /// A numeric item's decimals, stated or inferred from precision (4.6.6); null for a non-numeric fact. A fact with
    /// neither, or with a lexical form XML Schema has already refused, counts as exact (INF).
    /// </summary>
    public Xbrl.Decimals? InferredDecimals { get; init; }

    /// <summary>The decimals a numeric item's attributes state or imply, as <see cref="InferredDecimals"/> says.</summary>
    public static Xbrl.Decimals Infer(string? decimals, string? precision, decimal? number) =>
        (decimals is not null ? Xbrl.Decimals.Parse(decimals)
            : precision is not null && number is { } n ? Xbrl.Decimals.FromPrecision(precision, n)
            : null) ?? Xbrl.Decimals.Infinite;

    public bool PrecisionZero => Precision?.Trim() == "0";
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
            diagnostics.Report(Codes.IdDuplicate, span, id);
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

    private ContextInfo?[] _contextOf = [];
    private int[] _unitClassOf = [];

    /// <summary>
    /// Resolves every item's contextRef, and every numeric item's unitRef, once, after the reading pass: the records
    /// stay as read, and the rules look the references up here.
    /// </summary>
    public void Resolve()
    {
        _contextOf = new ContextInfo?[Facts.Count];
        _unitClassOf = new int[Facts.Count];
        foreach (var fact in Facts)
        {
            _unitClassOf[fact.Index] = -1;
            if (!fact.Concept.IsItem)
            {
                continue;
            }

            _contextOf[fact.Index] = fact.ContextRef is { } c ? Contexts.GetValueOrDefault(c) : null;
            if (fact.Concept.IsNumeric && fact.UnitRef is { } u && Units.TryGetValue(u, out var unit))
            {
                _unitClassOf[fact.Index] = unit.Class;
            }
        }
    }

    /// <summary>The context an item's contextRef names (null: a tuple, or no such context).</summary>
    public ContextInfo? ContextOf(FactInfo fact) => _contextOf[fact.Index];

    /// <summary>The equality class of a numeric item's unit (-1: none, or no such unit).</summary>
    public int UnitClassOf(FactInfo fact) => _unitClassOf[fact.Index];

    /// <summary>The instance's footnote links, roleRefs and arcroleRefs, kept as small DOM fragments under one container.</summary>
    public XElement LinkContainer { get; } = new(Dts.Link + "linkbase");

    public List<(XElement Element, SourceSpan Span)> References { get; } = [];
}
