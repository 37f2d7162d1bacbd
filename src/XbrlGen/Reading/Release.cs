namespace XbrlGen.Reading;

/// <summary>A release as read: its file, its cleaned lines (index 0 is line 1), and its tables in printed order.</summary>
public sealed record Release(string File, IReadOnlyList<string> Lines, IReadOnlyList<ReleaseTable> Tables)
{
    /// <summary>The document period: the first amount column of the first table whose columns carry dates.</summary>
    public Model.ReportingPeriod? DocumentPeriod =>
        Tables.SelectMany(t => t.AmountColumns).Select(c => c.Period).FirstOrDefault(p => p is { IsDuration: true });
}
