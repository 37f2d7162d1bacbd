using XbrlGen.Diagnostics;
using XbrlGen.Model;

namespace XbrlGen.Reading;

/// <summary>
/// A table of the release in one language: its source id (<c>appendix-1</c>, <c>table-3</c>, or empty when the
/// release names it only by title), title, scale (3 for thousands, 6 for millions, null when not stated),
/// measure stated in the heading (such as <c>Gbps</c>), columns and rows.
/// </summary>
public sealed record ReleaseTable(
    string SourceId,
    Language Language,
    string Title,
    int? Scale,
    string? StatedMeasure,
    IReadOnlyList<Column> Columns,
    IReadOnlyList<ReleaseRow> Rows,
    SourceSpan HeadingSpan)
{
    /// <summary>The primary statement the table is, found by its title; <see cref="StatementKind.None"/> for other tables.</summary>
    public StatementKind Statement { get; init; }

    /// <summary>
    /// Rows whose figures do not fit the table's columns (a statement of changes in equity printed as a grid, two
    /// tables side by side): left out of <see cref="Rows"/>, and reported by <see cref="ReleaseChecks.UnreadRows"/>.
    /// </summary>
    public IReadOnlyList<UnreadRow> UnreadRows { get; init; } = [];

    public IEnumerable<Column> AmountColumns => Columns.Where(c => c.IsAmount);

    public override string ToString() => $"{(SourceId.Length > 0 ? SourceId : Title)} ({Language.Code()})";
}

/// <summary>The primary statements companies print, found by their titles in English and Japanese.</summary>
public enum StatementKind
{
    /// <summary>Not a primary statement: a segment table, KPIs, a reconciliation.</summary>
    None,

    /// <summary>Income statement: statement of operations, income, earnings; 損益計算書.</summary>
    Income,

    /// <summary>Statement of comprehensive income; 包括利益計算書.</summary>
    ComprehensiveIncome,

    /// <summary>Balance sheet, statement of financial position or condition; 貸借対照表, 財政状態計算書.</summary>
    BalanceSheet,

    /// <summary>Statement of cash flows; キャッシュ・フロー計算書.</summary>
    CashFlows,

    /// <summary>Statement of changes in equity; 株主資本等変動計算書.</summary>
    Equity,
}
