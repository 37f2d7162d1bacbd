namespace XbrlGen.Reading;

/// <summary>A release as read: its file, its cleaned lines (index 0 is line 1), and its tables in printed order.</summary>
public sealed record Release(string File, IReadOnlyList<string> Lines, IReadOnlyList<ReleaseTable> Tables)
{
    /// <summary>
    /// The document period: of the flow columns ending last, the first printed (the quarter before the year to date,
    /// whether the release prints the current period first, as US releases do, or last, as Japanese ones do). A release
    /// that prints only balances (a balance-sheet page of an earnings release) reports the quarter ending on its latest
    /// balance date.
    /// </summary>
    public Model.ReportingPeriod? DocumentPeriod
    {
        get
        {
            var flows = Periods.Where(p => p.IsDuration).ToList();
            if (flows.Count > 0)
            {
                var last = flows.Max(f => f.End);
                return flows.First(p => p.End == last);
            }

            var ends = Periods.Select(p => p.End).ToList();
            return ends.Count > 0 ? new Model.ReportingPeriod(ends.Max(), 3) : null;
        }
    }

    /// <summary>The first table with a column ending on <paramref name="period"/>'s last day (the table that states it), or null.</summary>
    public ReleaseTable? TableOf(Model.ReportingPeriod period) =>
        Tables.FirstOrDefault(t => t.AmountColumns.Any(c => c.Period == period))
        ?? Tables.FirstOrDefault(t => t.AmountColumns.Any(c => c.Period?.End == period.End));

    private IEnumerable<Model.ReportingPeriod> Periods => Tables.SelectMany(t => t.AmountColumns).Select(c => c.Period).OfType<Model.ReportingPeriod>();
}
