using XbrlGen.Diagnostics;
using XbrlGen.Model;

namespace XbrlGen.Mapping;

/// <summary>Where a mapped line's figure sits in time: the concept's own period type, or the instant before the column's period starts.</summary>
public enum PeriodRole
{
    ConceptDefault,
    Start,
}

/// <summary>A summation item: a concept and its weight (+1, or -1 where the line is subtracted).</summary>
public sealed record SumItem(string Concept, decimal Weight, SourceSpan Span);

/// <summary>One release line item tied to a concept.</summary>
public sealed record LineMap(
    string LabelEn,
    string LabelJa,
    string Concept,
    string? Role,
    bool Negated,
    string? Unit,
    PeriodRole PeriodRole,
    IReadOnlyList<SumItem> Sum,
    SourceSpan Span);

/// <summary>One release table (in both its languages) and its lines, in printed order.</summary>
public sealed record TableMap(string Id, string Source, string TitleEn, string TitleJa, IReadOnlyList<LineMap> Lines, SourceSpan Span);

/// <summary>A figure stated in running text, found by patterns with a named group <c>value</c>.</summary>
public sealed record ProseRule(string Id, string Concept, string? Unit, int Scale, PeriodRole PeriodRole, IReadOnlyList<string> Patterns, SourceSpan Span);

/// <summary>A unit the company's facts use, by its mapping key.</summary>
public sealed record UnitMap(string Key, IReadOnlyList<string> Numerator, IReadOnlyList<string> Denominator, SourceSpan Span);

/// <summary>A consistency check of the release that is not a summation: equal figures, a cash roll-forward, a product.</summary>
public sealed record CrossCheck(string Kind, IReadOnlyList<string> Concepts, SourceSpan Span);

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
    public string ExtensionNamespace => Entity.Namespace;
}
