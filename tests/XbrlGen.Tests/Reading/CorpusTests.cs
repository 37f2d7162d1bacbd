using System.Globalization;
using XbrlGen.Diagnostics;
using XbrlGen.Reading;

namespace XbrlGen.Tests.Reading;

/// <summary>
/// The text releases of the corpus (copied from <c>../shared/releases</c>, wire releases copied from web pages): every
/// figure of their primary statements, checked by hand against the document and kept in <c>Corpus/*.expected.tsv</c>
/// (statement, label, period, value in full units with its printed sign), is read with that period, sign and value.
/// </summary>
public class CorpusTests
{
    private static string Corpus => Path.Combine(TestPaths.Layout.Root, "tests", "XbrlGen.Tests", "Reading", "Corpus");

    [Theory]
    [InlineData("paltalk-2024q3.md")]
    [InlineData("nephros-2024q3.md")]
    [InlineData("forian-2024q3.md")]
    [InlineData("aemetis-2024q4.md")]
    [InlineData("royalty-management-2025q1.md")]
    [InlineData("golden-matrix-2025q3.md")]
    [InlineData("cmuv-bancorp-2024q3.md")]
    public void Every_expected_statement_figure_is_read(string release)
    {
        var bag = new DiagnosticBag();
        var read = ReleaseInputs.ReadFile(Path.Combine(Corpus, release), null, bag);
        Assert.NotNull(read);

        var figures = new List<(string Statement, string Label, string Period, decimal Value)>();
        foreach (var table in read.Tables.Where(t => t.Statement != StatementKind.None))
        {
            foreach (var row in table.Rows)
            {
                foreach (var (index, value) in row.Values)
                {
                    var column = table.Columns[index];
                    var (_, scale) = LineItemFormat.UnitAndScale(table, row, column, value);
                    var period = column.Period is null ? "?" : column.Period.IsDuration ? $"{Iso(column.Period.Start)}..{Iso(column.Period.End)}" : Iso(column.Period.End);
                    figures.Add((Name(table.Statement), row.Label, period, LineItemFormat.FullValue(value, scale)));
                }
            }
        }

        var expected = File.ReadAllLines(Path.ChangeExtension(Path.Combine(Corpus, release), ".expected.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => (Statement: p[0], Label: p[1], Period: p[2], Value: decimal.Parse(p[3], NumberStyles.Float, CultureInfo.InvariantCulture)))
            .ToList();
        Assert.NotEmpty(expected);
        var missing = new List<string>();
        foreach (var e in expected)
        {
            var i = figures.FindIndex(f => f.Statement == e.Statement && f.Label == e.Label && f.Period == e.Period && f.Value == e.Value);
            if (i < 0)
            {
                missing.Add($"{e.Statement} | {e.Label} | {e.Period} | {e.Value.ToString(CultureInfo.InvariantCulture)}");
            }
            else
            {
                figures.RemoveAt(i);
            }
        }

        Assert.True(missing.Count == 0, $"{missing.Count} of {expected.Count} expected figures not read:\n" + string.Join("\n", missing.Take(20)));
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Name(StatementKind kind) => kind switch
    {
        StatementKind.Income => "income",
        StatementKind.BalanceSheet => "balance-sheet",
        StatementKind.CashFlows => "cash-flows",
        StatementKind.ComprehensiveIncome => "comprehensive-income",
        _ => "equity",
    };
}
