using System.Globalization;
using System.Text;
using XbrlGen.Pipeline;
using XbrlGen.Reading;
using XbrlGen.Diagnostics;

namespace XbrlGen.Tests.Pipeline;

/// <summary>Releases that are not what the mapping expects: cut short, with a row the mapping does not know, for another period, too large.</summary>
public class ReleaseContractTests
{
    private static readonly byte[] Bytes = File.ReadAllBytes(TestPaths.Release);

    /// <summary>Byte offsets to cut the release at: the start of each part, its tables, and inside a Japanese character.</summary>
    public static TheoryData<string, int> Cuts()
    {
        var text = Encoding.UTF8.GetString(Bytes);
        int At(string s) => Encoding.UTF8.GetByteCount(text[..text.IndexOf(s, StringComparison.Ordinal)]);
        var ja = At("表 1.営業収益の内訳");
        return new()
        {
            { "at a line boundary inside the English balance sheet", At("Investments in and Advances to Equity Method Investees 30,777") },
            { "inside the first Japanese character of table 1", ja + 1 },
            { "inside a Japanese character, two bytes in", ja + 2 },
            { "inside the Japanese statements", At("四半期連結損益計算書（米国会計基準未監査）") + 4 },
            { "before the English part", At("Table 1. Revenues (JPY in millions)") },
            { "inside English table 1", At("Table 1. Revenues (JPY in millions)") + 200 },
            { "before the English statements", At("INTERNET INITIATIVE JAPAN INC. Appendix 1") },
            { "halfway through the English income statement", At("For the Three Months Ended Jun 30, 2003") + 1500 },
        };
    }

    [Theory]
    [MemberData(nameof(Cuts))]
    public void A_release_cut_short_is_refused_naming_a_line_and_nothing_is_written(string where, int length)
    {
        var dir = TestPaths.TempDir();
        var release = Path.Combine(dir, "cut.txt");
        File.WriteAllBytes(release, Bytes[..length]);
        var output = Path.Combine(dir, "out");

        var result = Generator.Run(TestPaths.Options(release, output));

        var error = Outcome.Refused(result, output);
        Assert.True(error.Span.File == release && error.Span.Line > 0, $"{where}: {error}");
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void A_cut_before_the_English_statements_is_refused_although_the_Japanese_part_has_every_figure()
    {
        var text = Encoding.UTF8.GetString(Bytes);
        var release = Path.Combine(TestPaths.TempDir(), "cut.txt");
        File.WriteAllText(release, text[..text.IndexOf("INTERNET INITIATIVE JAPAN INC. Appendix 1", StringComparison.Ordinal)]);
        var lines = File.ReadAllText(release).Split('\n').Length;
        var japanese = TestPaths.LineOf(release, "四半期連結損益計算書（米国会計基準未監査）");
        var output = Path.Combine(TestPaths.TempDir(), "out");

        var result = Generator.Run(TestPaths.Options(release, output));

        Outcome.Refused(result, output);
        Assert.Equal(2, result.ExitCode);
        var errors = result.Diagnostics.Where(d => d.Code == Codes.CopyMissing.Code).ToList();
        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.Equal(lines, e.Span.Line));
        Assert.Equal(
            $"{release}({lines.ToString(CultureInfo.InvariantCulture)},1): error {Codes.CopyMissing.Code}: table 'IncomeStatement' (appendix-1) is in the Japanese part of the release but not in the English part; the release looks cut short or damaged [see {release}({japanese.ToString(CultureInfo.InvariantCulture)},1)]",
            errors[0].ToString());
    }

    [Fact]
    public void A_line_printed_in_Japanese_and_missing_in_English_is_refused_naming_both()
    {
        var release = TestPaths.ReleaseWith(t => t.Replace("Inventories 2,903 347,971 1.0   272,821 0.7   417,666 1.1   \n", string.Empty, StringComparison.Ordinal));
        var heading = TestPaths.LineOf(release, "INTERNET INITIATIVE JAPAN INC. Appendix 2");
        var japanese = TestPaths.LineOf(release, "棚卸資産");
        var output = Path.Combine(TestPaths.TempDir(), "out");

        var result = Generator.Run(TestPaths.Options(release, output));

        Outcome.Refused(result, output);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(Codes.CopyMissing.Code, error.Code);
        Assert.Equal(heading, error.Span.Line);
        Assert.Equal("mapped line 'Inventories' of table 'BalanceSheet' is in the Japanese part of the release but not in the English part; the release looks cut short or damaged", error.Message);
        Assert.Equal(japanese, error.Related[0].Line);
        Assert.EndsWith("mapping.yaml", error.Related[1].File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_inside_a_UTF8_sequence_names_the_line_and_column_of_the_broken_byte()
    {
        var text = Encoding.UTF8.GetString(Bytes);
        var at = text.IndexOf("表 1.営業収益の内訳", StringComparison.Ordinal);
        var line = text[..at].Count(c => c == '\n') + 1;
        var dir = TestPaths.TempDir();
        var release = Path.Combine(dir, "cut.txt");
        File.WriteAllBytes(release, Bytes[..(Encoding.UTF8.GetByteCount(text[..at]) + 1)]);

        var (exit, _, err) = Outcome.Cli("generate", "--release", release, "--out", Path.Combine(dir, "out"));

        Assert.Equal(2, exit);
        Assert.StartsWith($"{release}({line.ToString(CultureInfo.InvariantCulture)},1): error {Codes.NotUtf8.Code}: the release is not UTF-8 text (invalid UTF-8 byte 0xE8", err, StringComparison.Ordinal);
        Outcome.NothingWritten(Path.Combine(dir, "out"));
    }

    [Fact]
    public void A_row_the_mapping_does_not_know_is_a_warning_naming_its_line_and_is_left_out()
    {
        // An extra line item in the English income statement, with as many figures as its neighbours.
        const string anchor = "      Equipment sales ";
        var text = File.ReadAllText(TestPaths.Release);
        var at = text.IndexOf(anchor, StringComparison.Ordinal);
        Assert.True(at > 0);
        var release = TestPaths.ReleaseWith(t => t.Insert(at, "      Royalties from the moon 10 1,234 0.0    5,678 0.1    (78.3)   9,012 0.1    (86.3)   \n"));
        var line = text[..at].Count(c => c == '\n') + 1;
        var options = TestPaths.Options(release);

        var result = Generator.Run(options);

        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == Codes.UnmappedLine.Code);
        Assert.Equal($"{release}({line.ToString(CultureInfo.InvariantCulture)},1): warning {Codes.UnmappedLine.Code}: line 'Royalties from the moon' of appendix-1 (en) is not mapped to a concept; it is left out of the filing", warning.ToString());
        Outcome.Written(result, options.Output);
        var instance = File.ReadAllText(Path.Combine(options.Output, "iij-20030630.xml"));
        Assert.DoesNotContain(">1234000<", instance, StringComparison.Ordinal);
        Assert.Contains(">8344046000<", instance, StringComparison.Ordinal);
    }

    [Fact]
    public void A_release_for_a_period_that_does_not_end_a_quarter_of_the_mapping_fiscal_year_is_refused_with_XG0209()
    {
        // The English statements say May 31, which ends no quarter of IIJ's April-March year.
        var release = TestPaths.ReleaseWith(t => t.Replace("For the Three Months Ended Jun 30, 2003, Jun 30, 2002 and Mar 31, 2003", "For the Three Months Ended May 31, 2003, May 31, 2002 and Feb 28, 2003", StringComparison.Ordinal));
        var line = TestPaths.LineOf(release, "INTERNET INITIATIVE JAPAN INC. Appendix 1");
        var output = Path.Combine(TestPaths.TempDir(), "out");

        var (exit, _, err) = Outcome.Cli("generate", "--release", release, "--out", output);

        Assert.Equal(2, exit);
        Assert.Contains($"{release}({line.ToString(CultureInfo.InvariantCulture)},1): error {Codes.PeriodNotExpected.Code}: the release's period ending 2003-05-31 is not a quarter end of the fiscal year ending --03-31 in the mapping", err, StringComparison.Ordinal);
        Outcome.NothingWritten(output);
    }

    [Fact]
    public void A_release_for_a_fiscal_year_the_mapping_does_not_have_is_refused_with_XG0209()
    {
        // The same release read with a calendar-year mapping: its quarter labels fit, its statements' dates do not.
        var mapping = TestPaths.MappingWith(("entity.yaml", t => t.Replace("fiscalYearEnd: --03-31", "fiscalYearEnd: --02-28", StringComparison.Ordinal)));
        var output = Path.Combine(TestPaths.TempDir(), "out");

        var result = Generator.Run(TestPaths.Options(output: output, mapping: mapping));

        var error = Outcome.Refused(result, output);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.PeriodNotExpected.Code && d.Span.File == TestPaths.Release && d.Span.Line > 0);
        Assert.NotNull(error);
    }

    [Fact]
    public void A_release_over_max_input_bytes_is_refused_with_XG0103_before_it_is_read()
    {
        var dir = TestPaths.TempDir();
        var output = Path.Combine(dir, "out");
        var limit = Bytes.Length - 1;

        var (exit, _, err) = Outcome.Cli("generate", "--release", TestPaths.Release, "--out", output, "--max-input-bytes", limit.ToString(CultureInfo.InvariantCulture));

        Assert.Equal(2, exit);
        Assert.Equal($"{TestPaths.Release}: error {Codes.InputTooLarge.Code}: the input is {Bytes.Length.ToString(CultureInfo.InvariantCulture)} bytes, over the limit of {limit.ToString(CultureInfo.InvariantCulture)} bytes (set --max-input-bytes to raise it)", err.TrimEnd());
        Outcome.NothingWritten(output);
        Assert.Equal(16L * 1024 * 1024, ReleaseSource.DefaultMaxBytes);
    }
}
