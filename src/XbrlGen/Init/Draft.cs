using XbrlGen.Mapping;
using XbrlGen.Model;

namespace XbrlGen.Init;

/// <summary>An extension concept the draft declares for a line no base concept fits.</summary>
public sealed record DraftConcept(string Name, string ItemType, PeriodType PeriodType, Balance Balance, string LabelEn, string LabelJa);

/// <summary>A member of an axis the draft proposes for a breakdown of one total (revenue by product or segment).</summary>
public sealed record DraftMember(string Name, string Parent, string LabelEn, string LabelJa);

/// <summary>
/// One drafted line: its labels as printed in each language, the concept chosen with its confidence and runners-up
/// (empty for an extension), its role, sign, unit, period and sum, and the members it is reported on.
/// </summary>
public sealed record DraftLine(
    string LabelEn,
    string LabelJa,
    string Concept,
    decimal Confidence,
    IReadOnlyList<Suggestion> RunnersUp,
    LineRole Role,
    bool Negated,
    string? Unit,
    PeriodRole Period,
    IReadOnlyList<(string Key, decimal Weight)> Sum)
{
    /// <summary>The (axis, member) pairs the line's figures are reported on; none for a plain line.</summary>
    public IReadOnlyList<(string Axis, string Member)> Members { get; init; } = [];

    /// <summary>What the comment beside the concept says when it is an extension concept.</summary>
    public string? ExtensionReason { get; init; }

    /// <summary>The concept, with its members in brackets when it has any (<see cref="LineKey"/>): what sums name.</summary>
    public string Key => new LineKey(Concept, Members).ToString();
}

/// <summary>One drafted table: its id, the release's source id and titles, the statement it is, and its lines in printed order.</summary>
public sealed record DraftTable(string Id, string Source, string TitleEn, string TitleJa, StatementKind Statement, IReadOnlyList<DraftLine> Lines)
{
    /// <summary>The scale the mapping states for a table whose headings state none (money printed in whole units); null when the headings tell it.</summary>
    public int? Scale { get; init; }
}

/// <summary>The entity settings a release tells (name, year end, currency, languages) and what it cannot (identifier and scheme: placeholders).</summary>
public sealed record DraftEntity(string Prefix, string Namespace, string Name, FiscalCalendar Calendar, string Currency, Language PrimaryLanguage, string DocumentType);

/// <summary>A whole drafted mapping folder, before it is written.</summary>
public sealed record MappingDraft(DraftEntity Entity, IReadOnlyList<DraftTable> Tables, IReadOnlyList<DraftConcept> Concepts, IReadOnlyList<DraftMember> Members)
{
    public IEnumerable<DraftLine> Lines => Tables.SelectMany(t => t.Lines);
}
