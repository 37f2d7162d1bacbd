using XbrlGen.Mapping;
using XbrlGen.Model;

namespace XbrlGen.Tests.Mapping;

/// <summary>The fact builder on the bundled release and mapping: a candidate per printed copy, where it was printed.</summary>
public class FactBuilderTests
{
    private static readonly DurationPeriod Quarter = new(new DateOnly(2003, 4, 1), new DateOnly(2003, 6, 30));

    private static FactBuilder Built()
    {
        var (release, mapping, bag) = BundledInputs.Load();
        var concepts = new Dictionary<string, Concept>(BundledInputs.Base(bag).Concepts, StringComparer.Ordinal);
        foreach (var c in mapping.ExtensionConcepts)
        {
            concepts[c.Name.Prefixed] = c;
        }

        var builder = new FactBuilder(release, mapping, concepts, bag);
        builder.Build();
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items.Where(d => d.IsError)));
        return builder;
    }

    [Fact]
    public void The_fact_builder_makes_a_candidate_for_each_printed_copy_of_total_revenues()
    {
        var copies = Built().Candidates.Where(c => c.Concept.Name.Prefixed == "gaap:Revenues" && c.Period == Quarter && c.Members.Count == 0 && c.Unit is { IsCurrency: true }).ToList();

        // Printed in thousands of yen in the Japanese and the English statements of operations: 8,344,046.
        Assert.Contains(copies, c => c.Source.Line < 300 && c.Value == 8_344_046_000m && c.Decimals == -3);
        Assert.Contains(copies, c => c.Source.Line > 700 && c.Value == 8_344_046_000m && c.Decimals == -3);
    }

    [Fact]
    public void Each_table_candidate_knows_its_cell_and_reads_its_printed_figure_at_the_tables_scale()
    {
        var builder = Built();
        var inTables = builder.Candidates.Where(c => c.At?.Row is not null).ToList();
        Assert.NotEmpty(inTables);
        Assert.All(inTables, c =>
        {
            var at = c.At!;
            Assert.Same(at.Number, at.Row!.Values[at.Column]);
            Assert.Equal(c.Source, at.Row.Span);
            Assert.Equal(Math.Abs(c.Value), Math.Abs(at.Number.Value * Calculations.Pow10(at.Scale)));
        });
    }

    [Fact]
    public void A_dimensional_line_gets_its_members_and_its_candidates_carry_them()
    {
        var builder = Built();
        var (line, members) = builder.LineMembers.First(l => l.Key.LabelEn == "Dial-up access services");
        Assert.All(builder.LineMembers.Where(l => l.Key.LabelEn == "Dial-up access services"), l => Assert.Equal(members, l.Value));
        Assert.Equal("iij:DialUpAccessServicesMember", Assert.Single(members).Member.Name.Prefixed);
        Assert.Contains(builder.Candidates, c => c.Members.SequenceEqual(members) && c.Period == Quarter && c.Value > 0);
        Assert.All(builder.Matches.Where(m => m.Line == line), m => Assert.Equal(m.Source.Language == Language.Ja ? line.LabelJa : line.LabelEn, m.Row.Label));
    }
}
