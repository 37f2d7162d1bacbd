namespace XbrlGen.Tests.Xbrl;

/// <summary>Periods as XbrlGen writes and keys them: ISO dates, the instant at its day, the duration inclusive of both days.</summary>
public class PeriodTests
{
    private static readonly DurationPeriod Quarter = new(new DateOnly(2003, 4, 1), new DateOnly(2003, 6, 30));
    private static readonly InstantPeriod QuarterEnd = new(new DateOnly(2003, 6, 30));

    [Fact]
    public void Periods_print_and_key_with_invariant_iso_dates_whatever_the_culture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            Assert.Equal("2003-04-01..2003-06-30", Quarter.ToString());
            Assert.Equal("D2003-04-01_2003-06-30", Quarter.Key);
            Assert.Equal("2003-06-30", QuarterEnd.ToString());
            Assert.Equal("I2003-06-30", QuarterEnd.Key);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void A_quarter_and_its_closing_instant_end_on_the_same_day_but_differ()
    {
        Assert.Equal(Quarter.End, QuarterEnd.End);
        Assert.NotEqual<Period>(Quarter, QuarterEnd);
        Assert.NotEqual(Quarter.Key, QuarterEnd.Key);
    }
}
