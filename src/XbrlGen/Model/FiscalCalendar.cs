using System.Globalization;
using System.Text.RegularExpressions;

namespace XbrlGen.Model;

/// <summary>How a company names its fiscal years: by the calendar year they start in, or end in.</summary>
public enum FiscalYearNaming
{
    StartYear,
    EndYear,
}

/// <summary>A company's fiscal calendar, from its mapping's entity settings: year end and year naming.</summary>
public sealed partial record FiscalCalendar(int YearEndMonth, int YearEndDay, FiscalYearNaming Naming)
{
    /// <summary>The XBRL gMonthDay form, e.g. <c>--03-31</c>.</summary>
    public string YearEndGMonthDay => string.Create(CultureInfo.InvariantCulture, $"--{YearEndMonth:00}-{YearEndDay:00}");

    public static bool TryParseYearEnd(string text, out int month, out int day)
    {
        month = day = 0;
        var m = GMonthDay().Match(text.Trim());
        if (!m.Success)
        {
            return false;
        }

        month = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        day = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2001, month);
    }

    /// <summary>The first day of the named fiscal year.</summary>
    public DateOnly YearStart(int fiscalYear)
    {
        var endCalendarYear = Naming == FiscalYearNaming.StartYear ? fiscalYear + 1 : fiscalYear;
        if (YearEndMonth == 12)
        {
            endCalendarYear = fiscalYear;
        }

        return new DateOnly(endCalendarYear, YearEndMonth, YearEndDay).AddDays(1).AddYears(-1);
    }

    /// <summary>The three months of quarter <paramref name="quarter"/> of fiscal year <paramref name="fiscalYear"/>.</summary>
    public ReportingPeriod Quarter(int fiscalYear, int quarter)
    {
        var start = YearStart(fiscalYear).AddMonths(3 * (quarter - 1));
        return new ReportingPeriod(start.AddMonths(3).AddDays(-1), 3);
    }

    /// <summary>Reads a quarter label such as <c>1Q03</c> (first quarter of fiscal 2003).</summary>
    public ReportingPeriod? ParseQuarterLabel(string label)
    {
        var m = QuarterLabel().Match(label);
        if (!m.Success)
        {
            return null;
        }

        var quarter = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var yy = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        var year = yy < 70 ? 2000 + yy : 1900 + yy;
        return quarter is >= 1 and <= 4 ? Quarter(year, quarter) : null;
    }

    /// <summary>The fiscal year and quarter that a three-month period ending on <paramref name="end"/> is, if it is one.</summary>
    public (int FiscalYear, int Quarter)? QuarterOf(DateOnly end)
    {
        foreach (var fy in new[] { end.Year - 1, end.Year, end.Year + 1 })
        {
            for (var q = 1; q <= 4; q++)
            {
                if (Quarter(fy, q).End == end)
                {
                    return (fy, q);
                }
            }
        }

        return IsWeekCalendar ? WeekQuarterOf(end) : null;
    }

    /// <summary>
    /// A year end that is not a month's last day (<c>--12-02</c>, <c>--02-03</c>): a 52/53-week year, which ends on the
    /// same weekday each year, near that date; its quarters are 13 weeks (the last one 14 in a 53-week year).
    /// </summary>
    public bool IsWeekCalendar => YearEndDay != DateTime.DaysInMonth(2001, YearEndMonth);

    /// <summary>
    /// The quarter of a week calendar that ends on <paramref name="end"/>: 13, 26, 39 or 52 (53) weeks after a year end
    /// within six days of the stated month and day.
    /// </summary>
    private (int FiscalYear, int Quarter)? WeekQuarterOf(DateOnly end)
    {
        for (var year = end.Year - 2; year <= end.Year; year++)
        {
            var nominal = new DateOnly(year, YearEndMonth, YearEndDay);
            for (var delta = -6; delta <= 6; delta++)
            {
                var days = end.DayNumber - nominal.AddDays(delta).DayNumber;
                int? quarter = days switch { 91 => 1, 182 => 2, 273 => 3, 364 or 371 => 4, _ => null };
                if (quarter is { } q)
                {
                    // The year runs from the day after that year end to about the same date a year later.
                    var fiscalYear = Naming == FiscalYearNaming.StartYear && YearEndMonth != 12 ? year : year + 1;
                    return (fiscalYear, q);
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"^--(\d\d)-(\d\d)$")]
    private static partial Regex GMonthDay();

    [GeneratedRegex(@"^([1-4])Q(\d\d)$")]
    private static partial Regex QuarterLabel();
}
