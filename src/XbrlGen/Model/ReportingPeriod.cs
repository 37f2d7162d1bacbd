namespace XbrlGen.Model;

/// <summary>
/// What a release column covers: the period's last day, and for a flow column its length in months.
/// A balance-sheet column ("As of ...") has no length.
/// </summary>
public sealed record ReportingPeriod(DateOnly End, int? Months)
{
    public bool IsDuration => Months is not null;

    /// <summary>
    /// The first day of a flow period printed by its own dates or in weeks (<c>Thirteen Weeks Ended November 2, 2024</c>,
    /// <c>自 2022年4月1日 至 2022年9月30日</c>), where whole months from <see cref="End"/> would not give it; null otherwise.
    /// </summary>
    public DateOnly? FirstDay { get; init; }

    /// <summary>The first day of the flow period, inclusive.</summary>
    public DateOnly Start => FirstDay ?? End.AddDays(1).AddMonths(-(Months ?? 0));

    public DurationPeriod AsDuration() => new(Start, End);

    public InstantPeriod AsInstant() => new(End);

    /// <summary>The instant before the period starts: where "beginning of period" balances sit.</summary>
    public InstantPeriod AsStartInstant() => new(Start.AddDays(-1));

    public override string ToString() => FirstDay is { } first ? $"{Period.Iso(first)} to {Period.Iso(End)}" : Months is null ? "as of " + Period.Iso(End) : $"{Months} months to {Period.Iso(End)}";
}
