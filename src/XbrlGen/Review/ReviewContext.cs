using System.Globalization;
using XbrlGen.Mapping;
using XbrlGen.Model;
using XbrlGen.Reading;

namespace XbrlGen.Review;

/// <summary>What the review rules read: the release as printed, its prose, the mapping, the filing's facts and the trace between them.</summary>
public sealed record ReviewContext(Release Release, MappingSet Mapping, Filing Filing, MappingTrace Trace, IReadOnlyList<ProseFigure> Prose, IReadOnlyList<StatedRate> Rates)
{
    public static ReviewContext Create(Release release, MappingSet mapping, Filing filing, MappingTrace trace) =>
        new(release, mapping, filing, trace, ProseReader.Read(release), ProseReader.Rates(release));

    /// <summary>The report's own period (the first duration column of the release).</summary>
    public ReportingPeriod ReportPeriod => Release.DocumentPeriod!;

    /// <summary>Every period a column of the release's tables names.</summary>
    public IReadOnlySet<DateOnly> ColumnPeriodEnds => Release.Tables.SelectMany(t => t.AmountColumns).Where(c => c.Period is not null).Select(c => c.Period!.End).ToHashSet();

    /// <summary>Reads period words of the text: a quarter label (<c>4Q02</c>), <c>前年同期</c> (the same quarter a year before), <c>前期</c> (the quarter before); null for none.</summary>
    public ReportingPeriod? PeriodOf(string? text)
    {
        var report = ReportPeriod;
        return text switch
        {
            null => report,
            "前年同期" => new ReportingPeriod(MonthEnd(report.End.AddYears(-1)), report.Months),
            "前期" or "前四半期" => new ReportingPeriod(MonthEnd(report.End.AddMonths(-3)), report.Months),
            _ => Mapping.Entity.Calendar.ParseQuarterLabel(text),
        };
    }

    private static DateOnly MonthEnd(DateOnly d) => new(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month));

    /// <summary>The label of a row as printed, quoted for a message.</summary>
    public static string Quote(ReleaseRow row, PrintedNumber figure) => $"'{row.Label}' {figure.Text}";

    public static string N(decimal d) => d.ToString("#,0.########", CultureInfo.InvariantCulture);

    /// <summary>Rounds as releases print, half away from zero, to <paramref name="places"/> decimal places (negative: tens, hundreds, ...).</summary>
    public static decimal Round(decimal value, int places) => places >= 0
        ? decimal.Round(value, Math.Min(places, 28), MidpointRounding.AwayFromZero)
        : decimal.Round(value / Calculations.Pow10(Math.Min(-places, 28)), 0, MidpointRounding.AwayFromZero) * Calculations.Pow10(Math.Min(-places, 28));
}

/// <summary>One kind of contradiction a release can hold. Each rule reports its own stable codes; none knows a company.</summary>
public interface IReviewRule
{
    /// <summary>A short name for the README and the review page.</summary>
    string Name { get; }

    void Run(ReviewContext context, Diagnostics.DiagnosticBag diagnostics);
}
