using XbrlGen.Diagnostics;
using XbrlGen.Mapping;
using XbrlGen.Model;
using XbrlGen.Pipeline;
using XbrlGen.Reading;
using XbrlGen.Tests.Review;
using XbrlGen.Xbrl;

namespace XbrlGen.Tests.Comparison;

/// <summary>
/// <c>generate --previous</c>: the next quarter's release, made from the bundled one with every date a quarter later and
/// its comparative figures (the quarter and quarter-end the bundled release reports) set to the bundled filing's, is
/// checked against the bundled filing. Unchanged, it reports nothing; with one comparative figure changed, exactly that
/// figure, on its release line, naming the previous filing's fact.
/// </summary>
public sealed class PreviousFilingTests
{
    /// <summary>One printed figure of the next quarter's release to set: its line, its column, and the text.</summary>
    private sealed record FigureEdit(int Line, int Column, string Old, string New);

    private static readonly Lazy<(string Text, IReadOnlyList<FigureEdit> Edits)> NextQuarter = new(MakeNextQuarter);

    private static string Key(Fact f) => string.Join("|", f.Concept.Name.Prefixed, f.Context.Period.ToString(), LineKey.MembersText(f.Context.Members), f.Unit?.MeasureKey ?? string.Empty);

    private static Release Read(string path)
    {
        var bag = new DiagnosticBag();
        var mapping = MappingLoader.Load(TestPaths.Mapping, bag)!;
        return ReleaseReader.ReadFile(path, new ReaderOptions(mapping.Entity.Calendar), bag)!;
    }

    /// <summary>
    /// The bundled release a quarter later, each amount column whose period the bundled release also prints (the last
    /// quarter, the last quarter-end) printed as the bundled release prints that period: the shifted text keeps every
    /// line where it was, so a row's figures are taken from the same line of the bundled release.
    /// </summary>
    private static (string Text, IReadOnlyList<FigureEdit> Edits) MakeNextQuarter()
    {
        var shifted = ReviewRuleTests.ShiftQuarter(File.ReadAllText(TestPaths.Release));
        var path = Path.Combine(TestPaths.TempDir(), "shifted.txt");
        File.WriteAllText(path, shifted);
        var next = Read(path);
        var bundled = Read(TestPaths.Release);
        var bundledRows = bundled.Tables.SelectMany(t => t.Rows.Select(r => (Table: t, Row: r))).GroupBy(x => x.Row.Span.Line).ToDictionary(g => g.Key, g => g.First());
        var edits = new List<FigureEdit>();
        foreach (var table in next.Tables)
        {
            foreach (var column in table.Columns.Where(c => c.IsAmount && c.Period is not null))
            {
                foreach (var row in table.Rows.Where(r => r.Values.ContainsKey(column.Index)))
                {
                    if (!bundledRows.TryGetValue(row.Span.Line, out var was)
                        || was.Table.Columns.FirstOrDefault(c => c.IsAmount && c.Period == column.Period && c.Currency == column.Currency) is not { } same
                        || !was.Row.Values.TryGetValue(same.Index, out var figure))
                    {
                        continue;
                    }

                    if (figure.Text != row.Values[column.Index].Text)
                    {
                        edits.Add(new FigureEdit(row.Span.Line, column.Index, row.Values[column.Index].Text, figure.Text));
                    }
                }
            }
        }

        // A balance at the start of a column's period (cash at the beginning of the quarter) is a fact of another
        // period than its column's: those left are set from the bundled filing's fact of the same key, printed as the
        // bundled release prints that fact in the same language, scale and sign.
        static bool Negated(PrintedFigure figure) => figure.Value != 0 && Math.Sign(figure.Value) != Math.Sign(figure.Fact!.Value ?? 0m);
        var printed = new Dictionary<(Fact, Language, int, bool), string>();
        foreach (var table in DiffTests.Bundled.Value.Result.Filing!.Layout.Tables)
        {
            foreach (var figure in table.Rows.SelectMany(r => r.Figures).Where(f => f.Fact is not null && !f.IsDash))
            {
                printed.TryAdd((figure.Fact!, table.Language, figure.Scale, Negated(figure)), figure.Text);
            }
        }

        var old = DiffTests.Bundled.Value.Result.Filing!.Facts.ToDictionary(Key);
        var done = edits.Select(e => (e.Line, e.Column)).ToHashSet();
        var tables = next.Tables.OrderBy(t => t.HeadingSpan.Line).ToList();
        var t = 0;
        foreach (var table in DiffTests.NextQuarter.Value.Result.Filing!.Layout.Tables)
        {
            // The layout holds the release's mapped tables in print order, their rows as read.
            while (tables[t].Language != table.Language || tables[t].Title != table.Title || tables[t].Rows.Count != table.Rows.Count)
            {
                t++;
            }

            var read = tables[t++];
            for (var r = 0; r < table.Rows.Count; r++)
            {
                foreach (var figure in table.Rows[r].Figures.Where(f => f.Fact is not null && !f.IsDash && !done.Contains((read.Rows[r].Span.Line, f.Column))))
                {
                    if (old.TryGetValue(Key(figure.Fact!), out var was) && was.Value != figure.Fact!.Value
                        && printed.TryGetValue((was, table.Language, figure.Scale, Negated(figure)), out var text))
                    {
                        edits.Add(new FigureEdit(read.Rows[r].Span.Line, figure.Column, figure.Text, text));
                    }
                }
            }
        }

        Assert.NotEmpty(edits);
        return (Apply(shifted, next, edits), edits);
    }

    /// <summary>The text with each edit made: a row's figures are found left to right in its line, in column order.</summary>
    private static string Apply(string text, Release release, IReadOnlyList<FigureEdit> edits)
    {
        var lines = text.Split('\n');
        var rows = release.Tables.SelectMany(t => t.Rows).GroupBy(r => r.Span.Line).ToDictionary(g => g.Key, g => g.First());
        foreach (var group in edits.GroupBy(e => e.Line))
        {
            var line = lines[group.Key - 1];
            var at = new Dictionary<int, int>();
            var from = 0;
            foreach (var (column, value) in rows[group.Key].Values.OrderBy(v => v.Key))
            {
                from = line.IndexOf(value.Text, from, StringComparison.Ordinal);
                Assert.True(from >= 0, $"figure '{value.Text}' not found in line {group.Key}: {line}");
                at[column] = from;
                from += value.Text.Length;
            }

            foreach (var edit in group.OrderByDescending(e => at[e.Column]))
            {
                line = line[..at[edit.Column]] + edit.New + line[(at[edit.Column] + edit.Old.Length)..];
            }

            lines[group.Key - 1] = line;
        }

        return string.Join('\n', lines);
    }

    private static GenerateResult Run(string text, string? previous = null) => RunInto(text, previous).Result;

    private static (GenerateResult Result, string Output) RunInto(string text, string? previous = null)
    {
        var dir = TestPaths.TempDir();
        var release = Path.Combine(dir, "release.txt");
        File.WriteAllText(release, text);
        var output = Path.Combine(dir, "out");
        return (Generator.Run(TestPaths.Options(release, output) with { Previous = previous ?? Path.Combine(DiffTests.Bundled.Value.Folder, DiffTests.Bundled.Value.Result.Filing!.InstanceFile) }), output);
    }

    private static string ReviewPage((GenerateResult Result, string Output) run) => File.ReadAllText(Path.Combine(run.Output, run.Result.Filing!.BaseName + "-review.html"));

    private static List<Diagnostic> Changed(GenerateResult result) => result.Diagnostics.Where(d => d.Code == Codes.PreviousFilingChanged.Code).ToList();

    [Fact]
    public void The_next_quarter_whose_comparatives_carry_the_bundled_figures_reports_nothing()
    {
        var run = RunInto(NextQuarter.Value.Text);
        var result = run.Result;
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        Assert.Equal(new DateOnly(2003, 9, 30), result.Filing!.PeriodEnd);
        Assert.Empty(Changed(result));

        // The check did run: the shifted release as it is (its comparatives the bundled release's older figures) differs.
        var plain = Run(ReviewRuleTests.ShiftQuarter(File.ReadAllText(TestPaths.Release)));
        Assert.Equal(0, plain.ExitCode);
        Assert.NotEmpty(Changed(plain));
        Assert.DoesNotContain("Changed since the last filing", ReviewPage(run), StringComparison.Ordinal);
    }

    [Fact]
    public void One_comparative_figure_changed_is_exactly_one_warning_naming_the_release_line_and_the_previous_fact()
    {
        // The weighted average number of shares of the last quarter, in both languages' statements.
        var unchanged = Run(NextQuarter.Value.Text).Filing!;
        var fact = unchanged.Facts.Single(f => f.Concept.Name.Prefixed == "gaap:WeightedAverageNumberOfSharesOutstandingBasic" && f.Context.Period == new DurationPeriod(new DateOnly(2003, 4, 1), new DateOnly(2003, 6, 30)));
        var edits = NextQuarter.Value.Edits.Where(e => fact.Sources.Any(s => s.Line == e.Line)).ToList();
        Assert.Equal(2, edits.Count);
        var was = DiffTests.Bundled.Value.Result.Filing!.Facts.Single(f => Key(f) == Key(fact));
        var changedText = (was.Value!.Value + 10m).ToString("#,##0", System.Globalization.CultureInfo.InvariantCulture);
        var text = NextQuarter.Value.Text;
        var lines = text.Split('\n');
        foreach (var edit in edits)
        {
            var line = lines[edit.Line - 1];
            var i = line.LastIndexOf(edit.New, StringComparison.Ordinal);
            lines[edit.Line - 1] = line[..i] + changedText + line[(i + edit.New.Length)..];
        }

        var run = RunInto(string.Join('\n', lines));
        var result = run.Result;
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var warning = Assert.Single(Changed(result));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains(warning.Span.Line, edits.Select(e => e.Line));
        Assert.EndsWith("release.txt", warning.Span.File, StringComparison.Ordinal);
        var previous = Assert.Single(warning.Related);
        var instance = Path.Combine(DiffTests.Bundled.Value.Folder, DiffTests.Bundled.Value.Result.Filing!.InstanceFile);
        Assert.Equal(instance, previous.File);
        var instanceLines = File.ReadAllLines(instance);
        Assert.Contains("gaap:WeightedAverageNumberOfSharesOutstandingBasic", instanceLines[previous.Line - 1], StringComparison.Ordinal);
        Assert.Contains(was.Lexical, instanceLines[previous.Line - 1], StringComparison.Ordinal);
        Assert.Contains($"is {was.Value + 10m} ", warning.Message, StringComparison.Ordinal);
        Assert.Contains($"filed as {was.Lexical} ", warning.Message, StringComparison.Ordinal);
        Assert.Contains("a difference of +10 ", warning.Message, StringComparison.Ordinal);

        // The review page shows it in its own section, with the release line quoted and the previous filing's fact.
        var page = ReviewPage(run);
        var section = page[page.IndexOf("<h2 id=\"changed\">Changed since the last filing</h2>", StringComparison.Ordinal)..page.IndexOf("<h2 id=\"findings\">", StringComparison.Ordinal)];
        Assert.Contains(Codes.PreviousFilingChanged.Code, section, StringComparison.Ordinal);
        Assert.Contains(changedText, section, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(instance) + " line " + previous.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), section, StringComparison.Ordinal);
    }

    [Fact]
    public void A_previous_filing_of_another_entity_is_refused_and_nothing_is_written()
    {
        var instance = Path.Combine(DiffTests.Bundled.Value.Folder, DiffTests.Bundled.Value.Result.Filing!.InstanceFile);
        var dir = TestPaths.TempDir();
        foreach (var f in Directory.GetFiles(DiffTests.Bundled.Value.Folder))
        {
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        }

        var other = Path.Combine(dir, Path.GetFileName(instance));
        var identifier = DiffTests.Bundled.Value.Result.Filing!.Contexts[0].Identifier;
        File.WriteAllText(other, File.ReadAllText(instance).Replace(">" + identifier + "<", ">0000000001<", StringComparison.Ordinal));
        var (result, output) = RunInto(NextQuarter.Value.Text, other);
        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(Codes.PreviousFilingOtherEntity.Code, error.Code);
        Assert.Contains("0000000001", error.Message, StringComparison.Ordinal);
        Assert.Contains(identifier, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_previous_filing_that_cannot_be_read_is_a_coded_error()
    {
        var (result, output) = RunInto(NextQuarter.Value.Text, Path.Combine(TestPaths.TempDir(), "missing.xml"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.FileNotFound.Code);
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.PreviousFilingUnreadable.Code);
        Assert.False(Directory.Exists(output));
    }
}
