using XbrlGen.Model;

namespace XbrlGen.Reading;

/// <summary>What a column of figures holds.</summary>
public enum ColumnKind
{
    /// <summary>An amount for a period, in a currency (or a count, for tables without one).</summary>
    Amount,

    /// <summary>A share of a total in the same column's period, in percent.</summary>
    PercentOfTotal,

    /// <summary>A change in percent between the table's first amount column and an earlier period's.</summary>
    PercentChange,
}

/// <summary>
/// One column of a release table, as its headings describe it. <see cref="PeriodText"/> is the heading as printed
/// (<c>1Q03</c>, <c>Jun 30, 2003</c>, <c>2003年6月期</c>); <see cref="Period"/> is what it means.
/// For percent columns, <see cref="BaseColumn"/> is the amount column it is computed from and,
/// for a change, <see cref="CompareColumn"/> the earlier amount it is compared with.
/// </summary>
public sealed record Column(int Index, ColumnKind Kind, string? Currency, string PeriodText, ReportingPeriod? Period, int? BaseColumn = null, int? CompareColumn = null)
{
    public bool IsAmount => Kind == ColumnKind.Amount;

    /// <summary>
    /// The column's own scale where its heading states one apart from the table's (a <c>Thousands of U.S. dollars</c>
    /// column beside <c>Millions of yen</c>); null where the table's scale holds.
    /// </summary>
    public int? Scale { get; init; }
}
