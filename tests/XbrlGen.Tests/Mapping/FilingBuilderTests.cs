using XbrlGen.Diagnostics;
using XbrlGen.Mapping;

namespace XbrlGen.Tests.Mapping;

/// <summary>The filing builder on the bundled release and mapping: copies merged into facts, the checks run, and one trace for the review and the pages.</summary>
public class FilingBuilderTests
{
    private static readonly DurationPeriod Quarter = new(new DateOnly(2003, 4, 1), new DateOnly(2003, 6, 30));

    [Fact]
    public void The_filing_builder_merges_the_copies_into_one_fact_with_every_source()
    {
        var (filing, _, _, _) = BundledInputs.Built();

        var revenues = Assert.Single(filing.Facts, f => f.Concept.Name.Prefixed == "gaap:Revenues" && f.Context.Period == Quarter && f.Context.Members.Count == 0 && f.Unit is { Id: "JPY" });
        Assert.Equal(8_344_046_000m, revenues.Value);
        Assert.True(revenues.Sources.Count >= 2, "both languages' copies are kept as sources");
        Assert.Equal(filing.Facts.Count, filing.Facts.Select(FigureKey.Of).Distinct().Count());
    }

    [Fact]
    public void The_pages_layout_and_the_reviews_trace_tie_every_printed_figure_to_the_same_fact()
    {
        var (filing, trace, release, _) = BundledInputs.Built();
        var printed = 0;
        foreach (var table in filing.Layout.Tables)
        {
            var source = Assert.Single(release.Tables, t => t.Language == table.Language && t.Title == table.Title && t.Rows.Count == table.Rows.Count);
            for (var i = 0; i < table.Rows.Count; i++)
            {
                foreach (var figure in table.Rows[i].Figures)
                {
                    Assert.Same(trace.FigureAt(source.Rows[i], figure.Column)?.Fact, figure.Fact);
                    printed += figure.Fact is null ? 0 : 1;
                }
            }
        }

        Assert.Equal(trace.Figures.Count, printed);
        Assert.All(trace.Figures, f => Assert.Contains(f.Fact, filing.Facts));
        Assert.Equal(filing.Layout.Prose, trace.Prose);
        Assert.NotEmpty(trace.Prose);
    }

    [Fact]
    public void Each_fact_has_exactly_one_filed_copy_among_its_printed_copies()
    {
        var (filing, trace, _, _) = BundledInputs.Built();
        foreach (var fact in filing.Facts.Where(f => trace.CopiesOf(f).Any()))
        {
            var filed = Assert.Single(trace.CopiesOf(fact), c => c.IsFiledCopy);
            Assert.Equal(fact.Sources[0], filed.Row.Span);
        }
    }

    [Fact]
    public void The_mixed_precision_summation_is_an_info_and_is_left_out_of_the_calculation()
    {
        var (filing, _, _, bag) = BundledInputs.Built();
        // Table 1's total connectivity services (4,089 million) over lines known to the thousand, in both quarters.
        var infos = bag.Items.Where(d => d.Code == Codes.MixedPrecisionSum.Code).ToList();
        Assert.Equal(2, infos.Count);
        var info = infos[0];
        Assert.Equal(Severity.Info, info.Severity);
        Assert.Contains("4,089,000,000", info.Message, StringComparison.Ordinal);
        var total = info.Message[..info.Message.IndexOf(' ', StringComparison.Ordinal)];
        Assert.DoesNotContain(filing.Roles.SelectMany(r => r.Calculation), r => r.ParentItem.ToString() == total);
        Assert.Contains(filing.Roles.SelectMany(r => r.Calculation), r => r.ParentItem.ToString() != total);
    }
}
