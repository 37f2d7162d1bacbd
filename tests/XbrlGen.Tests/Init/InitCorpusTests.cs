using System.Globalization;
using XbrlGen.Init;
using XbrlGen.Mapping;
using XbrlGen.Pipeline;
using XbrlGen.Tests.Reading.Corpus;
using XbrlGen.Xbrl;

namespace XbrlGen.Tests.Init;

/// <summary>
/// Every release of the corpus goes through <c>init</c> and then <c>generate</c> with the draft as it is, and every
/// statement figure checked by hand (<c>*.expected.tsv</c>) is a fact of the filing with its period, unit and value.
/// The concept is the draft's to choose; the figure must be filed, whatever it is tagged.
/// </summary>
public class InitCorpusTests
{
    public static TheoryData<string> Releases() =>
        [.. Directory.GetFiles(CorpusFiles.Folder).Select(Path.GetFileName).OfType<string>()
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".pdf", StringComparison.Ordinal) || f.EndsWith(".htm", StringComparison.Ordinal))
            .Where(f => f != "README.md").Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Releases))]
    public void Init_then_generate_files_every_statement_figure_checked_by_hand(string release)
    {
        var dir = TestPaths.TempDir();
        var init = Initializer.Run(new InitOptions(CorpusFiles.PathOf(release), Path.Combine(dir, "draft"), TestPaths.Layout.Taxonomy));
        Assert.True(init.ExitCode == 0, string.Join("\n", init.Diagnostics.Where(d => d.IsError)));

        var result = Generator.Run(TestPaths.Options(release: CorpusFiles.PathOf(release), output: Path.Combine(dir, "out"), mapping: Path.Combine(dir, "draft")));
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));

        var facts = result.Filing!.Facts.Where(f => f.Value is not null).ToList();
        var expected = Expected(Path.Combine(CorpusFiles.Folder, Path.GetFileNameWithoutExtension(release) + ".expected.tsv"));
        Assert.True(expected.Count > 20, release);
        // A dash is checked by hand as 0, and init drafts "dashes: zero": it is a fact of value 0.
        var missing = expected.Where(e => !facts.Any(f => e.IsFiledAs(f))).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} of {expected.Count} figures checked by hand are not facts:\n" + string.Join('\n', missing.Take(20)));
    }

    /// <summary>A figure checked by hand: its period (an end date alone in the text releases' files), unit if given, and value.</summary>
    private sealed record Figure(string Label, DateOnly? Start, DateOnly End, bool Instant, string? Unit, decimal Value)
    {
        public bool IsFiledAs(Fact fact) =>
            Math.Abs(fact.Value!.Value) == Math.Abs(Value)
            && (Unit is null || UnitOf(fact) == Unit)
            && fact.Context.Period switch
            {
                InstantPeriod i => i.Date == End || (Start is { } s && !Instant && i.Date == s.AddDays(-1)), // a flow column's opening and closing balances
                DurationPeriod d => !Instant && d.EndDate == End && (Start is null || d.Start == Start),
                _ => false,
            };

        private static string? UnitOf(Fact fact) =>
            fact.Unit is not { } u ? null : string.Join('*', u.Numerator.Select(n => n.LocalName)) + (u.Denominator.Count > 0 ? "/share" : string.Empty);

        public override string ToString() => $"{Label} {Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {End:yyyy-MM-dd} {Unit} {Value}";
    }

    private static List<Figure> Expected(string file)
    {
        var rows = File.ReadAllLines(file);
        var figures = new List<Figure>();
        var full = rows[0].StartsWith("statement\tlabel\tstart", StringComparison.Ordinal);
        foreach (var row in rows.Skip(1).Where(r => r.Length > 0 && r[0] != '#'))
        {
            var f = row.Split('\t');
            if (full)
            {
                var instant = f[4].Length > 0;
                figures.Add(new Figure(f[1], instant ? null : Date(f[2]), Date(instant ? f[4] : f[3]), instant, f[5], decimal.Parse(f[6], NumberStyles.Number, CultureInfo.InvariantCulture)));
            }
            else
            {
                // statement, label, period ("start..end", or a date: a balance sheet's instant, another statement's end), value.
                var period = f[2].Split("..");
                figures.Add(new Figure(f[1], period.Length == 2 ? Date(period[0]) : null, Date(period[^1]), period.Length == 1 && f[0] == "balance-sheet", null, decimal.Parse(f[3], NumberStyles.Number, CultureInfo.InvariantCulture)));
            }
        }

        return figures;
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
