using XbrlGen.Xbrl;

namespace XbrlGen.Tests.Xbrl;

public class DecimalsTests
{
    [Theory]
    [InlineData("INF", "INF")]
    [InlineData(" -3 ", "-3")]
    [InlineData("2", "2")]
    [InlineData("+0", "0")]
    public void The_lexical_forms_parse_and_print_back(string lexical, string printed) => Assert.Equal(printed, Decimals.Parse(lexical)!.Value.ToString());

    [Theory]
    [InlineData("")]
    [InlineData("inf")]
    [InlineData("1.5")]
    [InlineData("-INF")]
    public void Other_text_is_no_decimals(string lexical) => Assert.Null(Decimals.Parse(lexical));

    [Theory]
    [InlineData("4", "1234.5", "0")]
    [InlineData("3", "8344046000", "-7")]
    [InlineData("2", "-0.0123", "3")]
    [InlineData("0", "500", "-3")]
    [InlineData("INF", "12", "INF")]
    [InlineData("5", "0", "INF")]
    public void Decimals_are_inferred_from_precision_as_xbrl_21_section_4_6_6_says(string precision, string value, string expected) =>
        Assert.Equal(expected, Decimals.FromPrecision(precision, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture))!.Value.ToString());

    [Fact]
    public void A_precision_that_is_no_count_of_digits_infers_nothing() => Assert.Null(Decimals.FromPrecision("-1", 12m));

    [Fact]
    public void Infinite_is_more_precise_than_any_finite_value()
    {
        Assert.True(Decimals.Infinite > Decimals.Finite(int.MaxValue));
        Assert.True(Decimals.Finite(-6) < Decimals.Finite(-3));
        Assert.Equal(Decimals.Finite(-6), Decimals.Min(Decimals.Infinite, Decimals.Finite(-6)));
        Assert.Equal(Decimals.Infinite, Decimals.Min(Decimals.Infinite, Decimals.Infinite));
        Assert.Equal(Decimals.Finite(0), default);
        Assert.NotEqual(Decimals.Finite(0), Decimals.Infinite);
    }

    [Fact]
    public void Only_a_finite_value_has_places_and_infinite_rounds_nothing()
    {
        Assert.True(Decimals.Finite(-3).IsFinite(out var places));
        Assert.Equal(-3, places);
        Assert.False(Decimals.Infinite.IsFinite(out _));
        Assert.Equal(1234.5678m, Calculations.Round(1234.5678m, Decimals.Infinite));
        Assert.Equal(1000m, Calculations.Round(1234.5678m, Decimals.Finite(-3)));
    }

    [Fact]
    public void The_most_precise_copy_is_the_highest_decimals_and_the_first_of_equals()
    {
        var copies = new[] { ("a", Decimals.Finite(-6)), ("b", Decimals.Finite(-3)), ("c", Decimals.Finite(-3)), ("d", Decimals.Finite(-9)) };
        Assert.Equal("b", Calculations.MostPrecise(copies, c => c.Item2).Item1);
        Assert.Equal("x", Calculations.MostPrecise([.. copies, ("x", Decimals.Infinite)], c => c.Item2).Item1);
    }

    [Fact]
    public void Copies_are_consistent_when_equal_at_the_lowest_decimals()
    {
        Assert.True(Calculations.Consistent([(8_344_046_000m, Decimals.Finite(-3)), (8_344_000_000m, Decimals.Finite(-6))]));
        Assert.False(Calculations.Consistent([(8_344_046_000m, Decimals.Finite(-3)), (8_345_000_000m, Decimals.Finite(-6))]));
        Assert.False(Calculations.Consistent([(1.5m, Decimals.Infinite), (1.25m, Decimals.Infinite)]));
    }
}
