using XbrlGen.Xbrl;

namespace XbrlGen.Tests.Xbrl;

public class InstancePeriodTests
{
    [Fact]
    public void A_date_only_end_is_the_end_of_that_day_and_a_start_its_beginning()
    {
        Assert.Equal(new DateTime(2003, 7, 1), InstancePeriod.ParsePoint(" 2003-06-30 ", endOfDay: true));
        Assert.Equal(new DateTime(2003, 4, 1), InstancePeriod.ParsePoint("2003-04-01", endOfDay: false));
    }

    [Fact]
    public void A_date_time_keeps_its_time_and_a_zone_normalises_to_utc()
    {
        Assert.Equal(new DateTime(2003, 6, 30, 12, 30, 15), InstancePeriod.ParsePoint("2003-06-30T12:30:15", endOfDay: true));
        Assert.Equal(new DateTime(2003, 6, 30, 3, 0, 0), InstancePeriod.ParsePoint("2003-06-30T12:00:00+09:00", endOfDay: true));
        Assert.Equal(new DateTime(2003, 7, 1), InstancePeriod.ParsePoint("2003-06-30T24:00:00", endOfDay: true));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2003-13-01")]
    [InlineData("30/06/2003")]
    [InlineData("2003-06-30T12")]
    public void Text_that_is_no_date_is_unknown(string text) => Assert.Null(InstancePeriod.ParsePoint(text, endOfDay: true));

    [Fact]
    public void The_end_date_of_a_date_only_period_is_the_day_stated()
    {
        var duration = new InstancePeriod.Duration(InstancePeriod.ParsePoint("2003-04-01", false), InstancePeriod.ParsePoint("2003-06-30", true));
        Assert.Equal(new DateOnly(2003, 6, 30), duration.EndDate);
        Assert.Equal(new DateOnly(2003, 6, 30), new InstancePeriod.Instant(new DateTime(2003, 6, 30, 18, 0, 0)).EndDate);
        Assert.Null(InstancePeriod.Forever.Value.EndDate);
        Assert.Null(new InstancePeriod.Instant(null).EndDate);
    }

    [Fact]
    public void The_generator_period_round_trips_and_a_time_of_day_has_no_date_only_form()
    {
        Period[] periods = [new InstantPeriod(new DateOnly(2003, 6, 30)), new DurationPeriod(new DateOnly(2003, 4, 1), new DateOnly(2003, 6, 30))];
        foreach (var p in periods)
        {
            Assert.Equal(p, InstancePeriod.From(p).ToPeriod());
        }

        Assert.Null(new InstancePeriod.Instant(new DateTime(2003, 6, 30, 18, 0, 0)).ToPeriod());
        Assert.Null(InstancePeriod.Forever.Value.ToPeriod());
        Assert.Null(new InstancePeriod.Duration(null, new DateTime(2003, 7, 1)).ToPeriod());
    }

    [Fact]
    public void Keys_are_equal_for_the_same_points_in_time_whatever_the_lexical_form()
    {
        var dateOnly = new InstancePeriod.Instant(InstancePeriod.ParsePoint("2003-06-30", true));
        var midnight = new InstancePeriod.Instant(InstancePeriod.ParsePoint("2003-07-01T00:00:00", true));
        Assert.Equal(dateOnly.Key, midnight.Key);
        Assert.NotEqual(dateOnly.Key, new InstancePeriod.Duration(dateOnly.At, dateOnly.At).Key);
        Assert.Equal("forever", InstancePeriod.Forever.Value.Key);
        Assert.Equal(["an instant", "a duration", "forever"], new InstancePeriod[] { dateOnly, new InstancePeriod.Duration(null, null), InstancePeriod.Forever.Value }.Select(p => p.Description));
    }
}
