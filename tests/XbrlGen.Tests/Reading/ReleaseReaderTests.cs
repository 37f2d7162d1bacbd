using XbrlGen.Diagnostics;
using XbrlGen.Tests.Diagnostics;
using XbrlGen.Model;
using XbrlGen.Reading;

namespace XbrlGen.Tests.Reading;

public class ReleaseReaderTests
{
    private static readonly ReaderOptions Options = new(new FiscalCalendar(3, 31, FiscalYearNaming.StartYear));

    private static (Release Release, DiagnosticBag Diagnostics) ReadBundled()
    {
        var bag = new DiagnosticBag();
        var release = ReleaseReader.ReadFile(TestPaths.Release, Options, bag)!;
        return (release, bag);
    }

    private static ReleaseRow Row(Release release, string source, Language language, string label) =>
        release.Tables.Where(t => (t.SourceId == source || t.Title.Contains(source, StringComparison.Ordinal)) && t.Language == language)
            .SelectMany(t => t.Rows).First(r => r.Label == label);

    [Fact]
    public void Reads_every_table_in_both_languages_without_errors()
    {
        var (release, bag) = ReadBundled();
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        var en = release.Tables.Where(t => t.Language == Language.En).Select(t => t.SourceId).Order().ToList();
        Assert.Equal(["appendix-1", "appendix-2", "appendix-3", "table-1", "table-10", "table-2", "table-3", "table-4", "table-5", "table-6", "table-7", "table-8", "table-9"], en);
        Assert.Equal(11, release.Tables.Count(t => t.Language == Language.Ja));
    }

    [Fact]
    public void Total_revenues_for_1Q03_are_8344046_thousand_yen_in_both_languages()
    {
        var (release, _) = ReadBundled();
        var en = Row(release, "appendix-1", Language.En, "Total revenues");
        var ja = Row(release, "四半期連結損益計算書", Language.Ja, "営業収益合計");
        var table = release.Tables.First(t => t.SourceId == "appendix-1" && t.Language == Language.En);
        var jpy1Q03 = table.Columns.First(c => c.Currency == "JPY");
        Assert.Equal(8_344_046m, en.Values[jpy1Q03.Index].Value);
        Assert.Equal(8_344_046m, ja.Values[jpy1Q03.Index].Value);
        Assert.Equal(new DateOnly(2003, 6, 30), jpy1Q03.Period!.End);
        Assert.Equal(new DateOnly(2003, 4, 1), jpy1Q03.Period.Start);
        Assert.Equal(3, table.Scale);
        Assert.Equal(861, en.Span.Line);
    }

    [Fact]
    public void Income_tax_benefit_is_negative_390035()
    {
        var (release, _) = ReadBundled();
        var row = Row(release, "appendix-1", Language.En, "Income tax expense(benefit)");
        Assert.Equal(-390_035m, row.Values[1].Value);
        Assert.Equal(161_301m, row.Values[3].Value);
    }

    [Fact]
    public void Repeated_runs_wrapped_labels_and_footnote_markers_are_cleaned()
    {
        var (release, _) = ReadBundled();
        Assert.Equal(-1_059_574m, Row(release, "四半期連結損益計算書", Language.Ja, "営業損失").Values[1].Value);
        Assert.Equal(5_234m, Row(release, "table-6", Language.En, "Cost of connectivity and value-added services").Values[0].Value);
        var ebitda = Row(release, "table-8", Language.En, "Adjusted EBITDA");
        Assert.Equal("6", ebitda.FootnoteMarker);
        Assert.Equal(-97m, ebitda.Values[0].Value);
        Assert.Equal(171m, Row(release, "table-3", Language.En, "Number of Contracts of DC Connectivity Services").Values[0].Value);
        Assert.Equal(990m, Row(release, "table-8", Language.Ja, "減価償却費").Values[0].Value);
        Assert.True(Row(release, "appendix-3", Language.En, "Proceeds from sale-leaseback").Values[1].IsDash);
    }

    [Fact]
    public void Quarter_labels_and_statement_headings_give_the_same_periods()
    {
        var (release, _) = ReadBundled();
        var t1 = release.Tables.First(t => t.SourceId == "table-1" && t.Language == Language.En);
        Assert.Equal(["1Q03", "1Q02", "4Q02"], t1.AmountColumns.Select(c => c.PeriodText));
        Assert.Equal(new DateOnly(2003, 3, 31), t1.AmountColumns.Last().Period!.End);
        Assert.Equal(6, t1.Scale);
        var bs = release.Tables.First(t => t.SourceId == "appendix-2" && t.Language == Language.En);
        Assert.All(bs.AmountColumns, c => Assert.False(c.Period!.IsDuration));
    }

    [Theory]
    [InlineData("Dedicated access services 27,707 3,321,229 39.8% 3,523,334 35.8% (5.7%) 3,341,255 25.6% (0.6%)", "Dedicated access services 27,707 3,3,21,229 39.8% 3,523,334 35.8% (5.7%) 3,341,255 25.6% (0.6%)", nameof(Codes.MalformedNumber))]
    [InlineData("Dedicated access services 27,707 3,321,229 39.8% 3,523,334 35.8% (5.7%) 3,341,255 25.6% (0.6%)", "Dedicated access services 27,707 (3,321,229 39.8% 3,523,334 35.8% (5.7%) 3,341,255 25.6% (0.6%)", nameof(Codes.MalformedNumber))]
    [InlineData("Dedicated access services 27,707 3,321,229 39.8% 3,523,334 35.8% (5.7%) 3,341,255 25.6% (0.6%)", "Dedicated access services 27,707 3,321,229 39.8% 3,523,334 35.8% 3,341,255 25.6% (0.6%)", nameof(Codes.RowValueCount))]
    [InlineData("Table 9.  Adjusted EBITDA (JPY in millions)", "", nameof(Codes.TableWithoutHeading))]
    public void Broken_rows_and_tables_are_coded_diagnostics_with_their_line(string find, string replace, string descriptor)
    {
        var text = File.ReadAllText(TestPaths.Release);
        Assert.Contains(find, text, StringComparison.Ordinal);
        var line = text[..text.IndexOf(find, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        var bag = new DiagnosticBag();
        ReleaseReader.Read("r.txt", text.Replace(find, replace, StringComparison.Ordinal).Split('\n'), Options, bag);
        var d = Assert.Single(bag.Items, d => d.IsFrom(Catalog.Named(descriptor)));
        Assert.True(d.Span.Line >= line, d.ToString());
    }

    [Fact]
    public void A_release_with_one_language_is_read()
    {
        var lines = TestPaths.ReleaseLines;
        var bag = new DiagnosticBag();
        var release = ReleaseReader.Read("r.txt", lines.Skip(356).ToArray(), Options, bag);
        Assert.DoesNotContain(bag.Items, d => d.Code == Codes.LanguageMissing.Code);
        Assert.NotEmpty(release.Tables);
        Assert.All(release.Tables, t => Assert.Equal(Language.En, t.Language));
    }

    [Fact]
    public void A_release_without_tables_is_refused()
    {
        var bag = new DiagnosticBag();
        ReleaseReader.Read("r.txt", ["Just some words.", "No statements here."], Options, bag);
        Assert.Contains(bag.Items, d => d.Code == Codes.LanguageMissing.Code);
    }

    [Theory]
    [InlineData(new byte[0], nameof(Codes.EmptyInput))]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41, 0x00 }, nameof(Codes.Utf16ByteOrderMark))]
    [InlineData(new byte[] { 0x82, 0xA0, 0x82, 0xA2 }, nameof(Codes.NotUtf8))]
    [InlineData(new byte[] { 0x41, 0x00, 0x01, 0x02, 0x42 }, nameof(Codes.BinaryInput))]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xD0 }, nameof(Codes.BinaryInput))] // an executable: binary, though not UTF-8 either
    [InlineData(new byte[] { 0x41, 0x00, 0x42, 0x00, 0xE9, 0x00, 0x43, 0x00 }, nameof(Codes.NotUtf8WithNul))] // UTF-16 without a byte order mark: text, wrongly encoded
    public void Unreadable_bytes_are_refused_with_a_code(byte[] bytes, string descriptor)
    {
        var bag = new DiagnosticBag();
        Assert.Null(ReleaseSource.Decode("r.txt", bytes, bag));
        var d = Assert.Single(bag.Items);
        Assert.True(d.IsFrom(Catalog.Named(descriptor)), $"{d} is not from {descriptor}");
    }

    [Theory]
    [InlineData("営業収益：営業収益：営業収益：営業収益：", "営業収益：")]
    [InlineData("2003年年年年6月期、月期、月期、月期、2002年年年年6月期", "2003年6月期、2002年6月期")]
    [InlineData("Accrued expenses 4,482 537,236", "Accrued expenses 4,482 537,236")]
    public void Repeated_runs_collapse(string raw, string expected) => Assert.Equal(expected, TextCleaner.Clean(raw));

    [Theory]
    [InlineData("(1,059,574)", -1059574, 0, false)]
    [InlineData("-5.7%", -5.7, 1, true)]
    [InlineData("(43.98)", -43.98, 2, false)]
    [InlineData("42.0", 42.0, 1, false)]
    public void Printed_numbers_parse_exactly(string text, double expected, int places, bool percent)
    {
        var n = PrintedNumber.TryParse(text)!;
        Assert.Equal((decimal)expected, n.Value);
        Assert.Equal(places, n.DecimalPlaces);
        Assert.Equal(percent, n.IsPercent);
    }
}
