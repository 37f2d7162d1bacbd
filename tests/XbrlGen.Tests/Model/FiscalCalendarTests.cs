using XbrlGen.Model;

// Not XbrlGen.Tests.Model: that name would hide XbrlGen.Model from the tests that write Model.Language.
namespace XbrlGen.Tests.ModelTests;

/// <summary>The fiscal calendar: quarters of a year ending March 31, named by the year they start in (IIJ's), and the other naming.</summary>
public class FiscalCalendarTests
{
    private static readonly FiscalCalendar Iij = new(3, 31, FiscalYearNaming.StartYear);

    [Fact]
    public void The_first_quarter_of_fiscal_2003_is_April_to_June_2003()
    {
        var q = Iij.ParseQuarterLabel("1Q03");
        Assert.NotNull(q);
        Assert.Equal(new DurationPeriod(new DateOnly(2003, 4, 1), new DateOnly(2003, 6, 30)), q.AsDuration());
        Assert.Equal((2003, 1), Iij.QuarterOf(new DateOnly(2003, 6, 30)));
        Assert.Equal((2002, 4), Iij.QuarterOf(new DateOnly(2003, 3, 31)));
    }

    [Fact]
    public void A_year_named_by_its_end_shifts_the_label_by_a_year()
    {
        var byEnd = Iij with { Naming = FiscalYearNaming.EndYear };
        Assert.Equal(new DateOnly(2002, 6, 30), byEnd.ParseQuarterLabel("1Q03")!.End);
        Assert.Equal((2004, 1), byEnd.QuarterOf(new DateOnly(2003, 6, 30)));
    }

    [Theory]
    [InlineData("5Q03")]
    [InlineData("1Q3")]
    [InlineData("Q103")]
    public void What_is_not_a_quarter_label_reads_as_none(string label) => Assert.Null(Iij.ParseQuarterLabel(label));

    [Fact]
    public void A_day_that_ends_no_quarter_is_none_and_the_year_end_is_a_gMonthDay()
    {
        Assert.Null(Iij.QuarterOf(new DateOnly(2003, 5, 31)));
        Assert.Equal("--03-31", Iij.YearEndGMonthDay);
        Assert.True(FiscalCalendar.TryParseYearEnd("--12-31", out var month, out var day));
        Assert.Equal((12, 31), (month, day));
        Assert.False(FiscalCalendar.TryParseYearEnd("--02-30", out _, out _));
    }
    [Theory]
    [InlineData(12, 2, "2023-03-03", 2023, 1)] // 13 weeks after a year end on 2022-12-02
    [InlineData(2, 3, "2024-11-02", 2025, 3)] // 39 weeks after 2024-02-03, in the year that ends in 2025
    [InlineData(9, 28, "2025-03-29", 2025, 2)] // 26 weeks after 2024-09-28
    [InlineData(9, 28, "2024-09-28", 2024, 4)] // 52 weeks after 2023-09-30, a year end two days off the stated date
    public void A_year_end_off_a_month_end_is_a_52_53_week_year_whose_quarters_are_13_weeks(int month, int day, string end, int fiscalYear, int quarter)
    {
        var calendar = new FiscalCalendar(month, day, FiscalYearNaming.EndYear);
        Assert.True(calendar.IsWeekCalendar);
        Assert.Equal((fiscalYear, quarter), calendar.QuarterOf(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_week_calendar_takes_no_day_between_its_quarter_ends()
    {
        var calendar = new FiscalCalendar(12, 2, FiscalYearNaming.EndYear);
        Assert.Null(calendar.QuarterOf(new DateOnly(2023, 3, 31)));
        Assert.False(Iij.IsWeekCalendar);
    }
}
