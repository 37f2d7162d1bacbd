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
}
