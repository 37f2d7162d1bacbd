using XbrlGen.Diagnostics;
using XbrlGen.Mapping.Checks;

namespace XbrlGen.Tests.Mapping;

/// <summary>Each release cross-check on its own, over a few facts made for it: what holds is quiet, what does not is its catalog entry with every line.</summary>
public class CrossCheckTests
{
    private static readonly DurationPeriod Quarter = new(new DateOnly(2003, 4, 1), new DateOnly(2003, 6, 30));
    private static readonly InstantPeriod Opening = new(new DateOnly(2003, 3, 31));
    private static readonly InstantPeriod Closing = new(new DateOnly(2003, 6, 30));

    /// <summary>A yen figure (decimals as printed) of a concept for a period, printed on a line of <c>release.txt</c>.</summary>
    private static Fact Yen(string name, Period period, decimal value, int decimals, int line) =>
        new(new Concept(new QName("gaap", "http://example.com/gaap", name), "xbrli:monetaryItemType", period is InstantPeriod ? PeriodType.Instant : PeriodType.Duration, Balance.None, false, false),
            new Context(period is InstantPeriod i ? "I" + i.Date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) : "D", "http://example.com", "1", period),
            Unit.Currency("JPY"), value, Decimals.Finite(decimals), null, [new SourceSpan("release.txt", line, 1)]);

    private static DiagnosticBag Run(ICrossCheck check, params Fact[][] figures)
    {
        var bag = new DiagnosticBag();
        check.Check(figures, bag);
        return bag;
    }

    [Fact]
    public void Equal_figures_pass_and_unequal_ones_fail_with_both_lines()
    {
        Assert.Empty(Run(new EqualCheck(), [Yen("Assets", Closing, 5_000_000m, -3, 10)], [Yen("LiabilitiesAndStockholdersEquity", Closing, 5_000_000m, -3, 20)]).Items);

        var d = Assert.Single(Run(new EqualCheck(), [Yen("Assets", Closing, 5_000_000m, -3, 10)], [Yen("LiabilitiesAndStockholdersEquity", Closing, 5_200_000m, -3, 20)]).Items);
        Assert.Equal(Codes.CrossCheckNotEqual.Code, d.Code);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(20, d.Span.Line);
        Assert.Equal(10, Assert.Single(d.Related).Line);
        Assert.Contains("5,000,000", d.Message, StringComparison.Ordinal);
        Assert.Contains("5,200,000", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_figures_one_unit_apart_at_the_coarser_precision_are_rounding()
    {
        // 5,001 thousand against 5 million: at decimals -3 they are one thousand apart.
        var d = Assert.Single(Run(new EqualCheck(), [Yen("Assets", Closing, 5_001_000m, -3, 10)], [Yen("LiabilitiesAndStockholdersEquity", Closing, 5_000_000m, -3, 20)]).Items);
        Assert.Equal(Codes.CrossCheckRounding.Code, d.Code);
        Assert.Equal(Severity.Info, d.Severity);
    }

    [Fact]
    public void A_roll_forward_holds_when_the_change_is_the_closing_less_the_opening_balance()
    {
        Fact[] balances = [Yen("Cash", Opening, 1_000_000m, -3, 30), Yen("Cash", Closing, 1_250_000m, -3, 31)];
        Assert.Empty(Run(new RollForwardCheck(), [Yen("CashPeriodIncrease", Quarter, 250_000m, -3, 40)], balances).Items);

        var d = Assert.Single(Run(new RollForwardCheck(), [Yen("CashPeriodIncrease", Quarter, 240_000m, -3, 40)], balances).Items);
        Assert.Equal(Codes.RollForwardBroken.Code, d.Code);
        Assert.Equal(40, d.Span.Line);
        Assert.Equal([30, 31], d.Related.Select(s => s.Line));
    }

    [Fact]
    public void A_product_holds_at_the_results_precision()
    {
        Fact[] shares = [Yen("Shares", Closing, 1_000m, 0, 50)];
        Fact[] price = [Yen("Price", Closing, 2_500m, 0, 51)];
        Assert.Empty(Run(new ProductCheck(), [Yen("Value", Quarter, 2_500_000m, -3, 52)], shares, price).Items);

        var d = Assert.Single(Run(new ProductCheck(), [Yen("Value", Quarter, 2_600_000m, -3, 52)], shares, price).Items);
        Assert.Equal(Codes.ProductWrong.Code, d.Code);
        Assert.Contains("2500000", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_kind_has_its_own_key_and_names_at_least_two_concepts()
    {
        Assert.Equal(CrossChecks.All.Count, CrossChecks.All.Select(c => c.Key).Distinct().Count());
        Assert.All(CrossChecks.All, c => Assert.True(c.Arity >= 2, c.Key));
    }
}
