using XbrlGen.Diagnostics;
using XbrlGen.Mapping.Checks;
using XbrlGen.Model;

namespace XbrlGen.Mapping;

/// <summary>Where a mapped line's figure sits in time: the concept's own period type, or the instant before the column's period starts.</summary>
public enum PeriodRole
{
    ConceptDefault,
    Start,
}

/// <summary>What a line is in its table, which picks its preferred label: a plain line, a total, an opening or closing balance.</summary>
public enum LineRole
{
    /// <summary>No role given: the terse label (negated when the line is).</summary>
    None,
    Total,
    PeriodStart,
    PeriodEnd,
    Terse,
}

/// <summary>
/// A summation item: a line key (a concept, with its members in brackets when it has any:
/// <c>gaap:Revenues[gaap:ProductOrServiceAxis=iij:DialUpAccessServicesMember]</c>) and its weight (+1, or -1 where the
/// line is subtracted).
/// </summary>
public sealed record SumItem(string Concept, decimal Weight, SourceSpan Span)
{
    /// <summary>The key, read from its text.</summary>
    public LineKey Key => LineKey.Parse(Concept);

    /// <summary>The concept part of the key.</summary>
    public string ConceptName => Key.Concept;

    /// <summary>The members part of the key, as (axis, member) pairs.</summary>
    public IReadOnlyList<(string Axis, string Member)> Members => Key.Members;
}

/// <summary>An axis (explicit dimension) the mapping uses, its domain, and its members as a tree (each with its parent).</summary>
public sealed record AxisMap(string Axis, string Domain, IReadOnlyList<(string Member, string Parent)> Members, SourceSpan Span);

/// <summary>One release line item tied to a concept.</summary>
public sealed record LineMap(
    string LabelEn,
    string LabelJa,
    string Concept,
    LineRole Role,
    bool Negated,
    string? Unit,
    PeriodRole PeriodRole,
    IReadOnlyList<SumItem> Sum,
    SourceSpan Span)
{
    /// <summary>The explicit members the line's figure is reported on, as (axis, member); none for a plain line item.</summary>
    public IReadOnlyList<(string Axis, string Member)> Members { get; init; } = [];

    /// <summary>The concept, with its members in brackets when it has any: what sums name.</summary>
    public string Key => new LineKey(Concept, Members).ToString();
}

/// <summary>One release table (in both its languages) and its lines, in printed order.</summary>
public sealed record TableMap(string Id, string Source, string TitleEn, string TitleJa, IReadOnlyList<LineMap> Lines, SourceSpan Span)
{
    /// <summary>
    /// The power of ten the table's money is printed in, where its headings state none (a statement printed in whole
    /// dollars says no "in thousands"); null to take the headings' scale. A scale the headings state wins.
    /// </summary>
    public int? Scale { get; init; }
}

/// <summary>A figure stated in running text, found by patterns with a named group <c>value</c>.</summary>
public sealed record ProseRule(string Id, string Concept, string? Unit, int Scale, PeriodRole PeriodRole, IReadOnlyList<string> Patterns, SourceSpan Span);

/// <summary>A unit the company's facts use, by its mapping key.</summary>
public sealed record UnitMap(string Key, IReadOnlyList<string> Numerator, IReadOnlyList<string> Denominator, SourceSpan Span);

/// <summary>A consistency check of the release that is not a summation, as the mapping declares it: its kind (equal figures, a cash roll-forward, a product) and the concepts it names.</summary>
public sealed record CrossCheck(ICrossCheck Kind, IReadOnlyList<string> Concepts, SourceSpan Span);

/// <summary>The entity and document settings of a company's mapping.</summary>
public sealed record EntitySettings(
    string Prefix,
    string Namespace,
    string Name,
    string Scheme,
    string Identifier,
    string TradingSymbol,
    string DocumentType,
    FiscalCalendar Calendar,
    string ReportingCurrency,
    SourceSpan Span)
{
    /// <summary>The filing's primary language: its Inline XBRL page tags every fact printed there (default English).</summary>
    public Language PrimaryLanguage { get; init; } = Language.En;

    /// <summary>What a dash in an amount column is filed as: nothing (the default), or zero, as US filers tag it.</summary>
    public DashPolicy Dashes { get; init; } = DashPolicy.Omit;
}

/// <summary>What a dash (<c>—</c>, <c>-</c>, <c>－</c>) printed in an amount column files.</summary>
public enum DashPolicy
{
    /// <summary>No fact: the cell reports nothing.</summary>
    Omit,

    /// <summary>A fact of value 0, tagged in Inline XBRL with <c>ixt:fixed-zero</c>, unless another copy prints the figure.</summary>
    Zero,
}

/// <summary>A company's whole mapping, as loaded from its folder under <c>mappings/</c>.</summary>
public sealed record MappingSet(
    string Directory,
    EntitySettings Entity,
    IReadOnlyList<TableMap> Tables,
    IReadOnlyList<Concept> ExtensionConcepts,
    IReadOnlyDictionary<string, (string En, string Ja)> ExtensionLabels,
    IReadOnlyList<ProseRule> Prose,
    IReadOnlyList<UnitMap> Units,
    IReadOnlyList<CrossCheck> Checks)
{
    /// <summary>The axes the mapping's lines use, with their domains and member trees (from concepts.yaml).</summary>
    public IReadOnlyList<AxisMap> Axes { get; init; } = [];

    public string ExtensionNamespace => Entity.Namespace;
}
