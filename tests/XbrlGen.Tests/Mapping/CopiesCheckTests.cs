using XbrlGen.Diagnostics;
using XbrlGen.Mapping;
using XbrlGen.Mapping.Checks;

namespace XbrlGen.Tests.Mapping;

/// <summary>The check of a figure's printed copies against the one filed: agreement after rounding is quiet, the rest is its catalog entry naming both lines.</summary>
public class CopiesCheckTests
{
    private static readonly Concept Revenues = new(new QName("gaap", "http://example.com/gaap", "Revenues"), "xbrli:monetaryItemType", PeriodType.Duration, Balance.Credit, false, false);
    private static readonly DurationPeriod Quarter = new(new DateOnly(2003, 4, 1), new DateOnly(2003, 6, 30));

    private static FactCandidate Copy(decimal value, int decimals, int line) =>
        new(Revenues, Quarter, Unit.Currency("JPY"), value, decimals, null, new SourceSpan("release.txt", line, 1), line);

    private static IReadOnlyList<Diagnostic> Run(FactCandidate best, FactCandidate other)
    {
        var fact = new Fact(Revenues, new Context("D20030401_20030630", "s", "1", Quarter), best.Unit, best.Value, Decimals.Finite(best.Decimals), null, [best.Source, other.Source]);
        var bag = new DiagnosticBag();
        CopiesCheck.Run([new MergedFigure(fact, best, [best, other])], bag);
        return bag.Items;
    }

    [Fact]
    public void A_coarser_copy_that_rounds_to_the_filed_value_is_quiet()
    {
        Assert.Empty(Run(Copy(8_344_046_000m, -3, 10), Copy(8_344_000_000m, -6, 20)));
    }

    [Fact]
    public void A_coarser_copy_one_unit_off_is_rounding_and_further_off_is_a_warning()
    {
        var rounding = Assert.Single(Run(Copy(-360_292_000m, -3, 10), Copy(-361_000_000m, -6, 20)));
        Assert.Equal(Codes.CopiesDifferByRounding.Code, rounding.Code);
        Assert.Equal(Severity.Info, rounding.Severity);

        var warning = Assert.Single(Run(Copy(8_344_046_000m, -3, 10), Copy(8_346_000_000m, -6, 20)));
        Assert.Equal(Codes.CopiesDisagreeRounded.Code, warning.Code);
        Assert.Equal(20, warning.Span.Line);
        Assert.Equal(10, Assert.Single(warning.Related).Line);
    }

    [Fact]
    public void Equally_precise_copies_that_differ_are_an_error()
    {
        var error = Assert.Single(Run(Copy(3_321_229_000m, -3, 10), Copy(3_331_229_000m, -3, 20)));
        Assert.Equal(Codes.CopiesDisagree.Code, error.Code);
        Assert.True(error.IsError);
        Assert.Contains("3331229000 (decimals -3)", error.Message, StringComparison.Ordinal);
    }
}
