using System.Text;
using XbrlGen.Diagnostics;
using XbrlGen.Reading.Html;
using XbrlGen.Reading.Layout;
using XbrlGen.Tests.Reading.Corpus;

namespace XbrlGen.Tests.Reading.Html;

public class HtmlLayoutTests
{
    private static (PrintedDocument? Document, DiagnosticBag Diagnostics) Read(string html, ReadLimits? limits = null) =>
        Read(Encoding.UTF8.GetBytes(html), limits);

    private static (PrintedDocument? Document, DiagnosticBag Diagnostics) Read(byte[] bytes, ReadLimits? limits = null, string path = "release.htm")
    {
        var diagnostics = new DiagnosticBag();
        var document = HtmlLayout.Read(path, bytes, limits ?? ReadLimits.Default, diagnostics);
        return (document, diagnostics);
    }

    private static PrintedDocument ReadCorpus(string name)
    {
        var (document, diagnostics) = Read(CorpusFiles.Bytes(name), path: name);
        Assert.Empty(diagnostics.Items);
        Assert.NotNull(document);
        Assert.Equal(InputKind.Html, document.Kind);
        return document;
    }

    private static string[] Texts(PrintedLine line) => line.Cells.Select(c => c.Text).ToArray();

    [Fact]
    public void Adobe_total_revenue_row_is_its_label_and_its_figures_with_the_dollar_joined()
    {
        var document = ReadCorpus("adobe-fy2023q1-ex991.htm");
        var lines = document.Lines.ToList();

        var title = lines.FindIndex(l => l.Text == "Condensed Consolidated Statements of Income");
        Assert.True(title >= 0);
        Assert.False(lines[title].IsTableRow);
        Assert.Equal("(In millions, except per share data; unaudited)", lines[title + 1].Text);

        var total = lines.Skip(title).First(l => l.Cells[0].Text == "Total revenue");
        Assert.True(total.IsTableRow);
        Assert.Equal(["Total revenue", "4,655", "4,262"], Texts(total));
        var subscription = lines.Skip(title).First(l => l.Cells[0].Text == "Subscription");
        Assert.Equal(["Subscription", "$4,373", "$3,958"], Texts(subscription));
        Assert.Equal(["Interest expense", "(32)", "(28)"], Texts(lines.Skip(title).First(l => l.Cells[0].Text == "Interest expense")));
        Assert.Equal(["Other income (expense), net", "43", "—"], Texts(lines.Skip(title).First(l => l.Cells[0].Text == "Other income (expense), net")));

        // Grid columns: the period heading spans the columns of its figures, the figures of one column overlap.
        var periods = lines.Skip(title).First(l => l.Cells.Any(c => c.Text == "March 3, 2023"));
        var march = periods.Cells.Single(c => c.Text == "March 3, 2023");
        Assert.True(march.Left <= total.Cells[1].Left && total.Cells[1].Right <= march.Right);
        Assert.Equal(total.Cells[1].Left, subscription.Cells[1].Left);
        Assert.True(total.Cells[0].Right < total.Cells[1].Left);

        // The whole exhibit is on a few source lines: spans give the line and the column of the row's element.
        Assert.Equal(TestPaths.LineOf(CorpusFiles.PathOf("adobe-fy2023q1-ex991.htm"), "Total revenue"), total.Span.Line);
        var source = File.ReadAllText(CorpusFiles.PathOf("adobe-fy2023q1-ex991.htm")).Split('\n');
        Assert.StartsWith("<tr><td colspan=\"3\"", source[total.Span.Line - 1][(total.Span.Column - 1)..], StringComparison.Ordinal);
        var prepaid = lines.First(l => l.Cells[0].Text == "Prepaid expenses and other current assets");
        Assert.True(prepaid.Span.Column > 65536, "the row is past column 65,536 of its line");
        Assert.StartsWith("<tr>", source[prepaid.Span.Line - 1][(prepaid.Span.Column - 1)..], StringComparison.Ordinal);
    }

    [Fact]
    public void Cybozu_inline_xbrl_is_read_as_printed_with_its_triangles_and_full_width_digits()
    {
        var document = ReadCorpus("cybozu-2024q1-tanshin-pl.htm");

        var adjustment = document.Lines.Single(l => l.Cells[0].Text == "法人税等調整額");
        Assert.Equal(["法人税等調整額", "△6", "41"], Texts(adjustment));
        var heading = document.Lines.First(l => l.Text.Contains("当第１四半期連結累計期間", StringComparison.Ordinal) && l.IsTableRow);
        Assert.Contains(heading.Cells, c => c.Text == "当第１四半期連結累計期間 (自 2024年１月１日 至 2024年３月31日)");
        Assert.Equal(["売上高", "6,059", "6,907"], Texts(document.Lines.Single(l => l.Cells[0].Text == "売上高")));

        // The Inline XBRL header (contexts, units, hidden facts) is not printed and is not read.
        Assert.DoesNotContain(document.Lines, l => l.Text.Contains("CurrentYTDDuration", StringComparison.Ordinal));
    }

    [Fact]
    public void Cybozu_balance_sheet_reads_every_row_of_its_tables()
    {
        var document = ReadCorpus("cybozu-2024q1-tanshin-bs.htm");

        Assert.Contains(document.Lines, l => l.IsTableRow && l.Cells[0].Text == "資産合計" && l.Cells.Count == 3);
        Assert.Contains(document.Lines, l => l.IsTableRow && l.Cells[0].Text == "負債純資産合計" && l.Cells.Count == 3);
    }

    [Fact]
    public void Edgar_split_figures_are_joined_and_spacer_cells_dropped()
    {
        var html = """
            <html><body>
            <p>CONDENSED CONSOLIDATED STATEMENTS OF INCOME</p>
            <table>
            <tr><td>Interest&nbsp;expense</td><td>&nbsp;</td><td>$</td><td>(1,234</td><td>)</td><td></td><td>$</td><td>567</td></tr>
            <tr><td colspan="2">Margin</td><td></td><td>12.5</td><td>%</td></tr>
            </table>
            </body></html>
            """;

        var (document, diagnostics) = Read(html);

        Assert.Empty(diagnostics.Items);
        Assert.NotNull(document);
        Assert.Equal("CONDENSED CONSOLIDATED STATEMENTS OF INCOME", document.Lines[0].Text);
        Assert.False(document.Lines[0].IsTableRow);
        Assert.Equal(["Interest expense", "$(1,234)", "$567"], Texts(document.Lines[1]));
        Assert.Equal([(0.0, 0.0), (2.0, 4.0), (6.0, 7.0)], document.Lines[1].Cells.Select(c => (c.Left, c.Right)));
        Assert.Equal(["Margin", "12.5%"], Texts(document.Lines[2]));
        Assert.Equal((0.0, 1.0), (document.Lines[2].Cells[0].Left, document.Lines[2].Cells[0].Right));
        Assert.Equal([2, 4, 5], document.Lines.Select(l => l.Span.Line));
    }

    [Fact]
    public void Rowspans_take_their_grid_columns_in_the_rows_below()
    {
        var html = "<table><tr><td rowspan=\"2\">Assets</td><td>Cash</td><td>10</td></tr><tr><td>Loans</td><td>20</td></tr></table>";

        var (document, _) = Read(html);

        Assert.NotNull(document);
        Assert.Equal([(1.0, 1.0), (2.0, 2.0)], document.Lines[1].Cells.Select(c => (c.Left, c.Right)));
    }

    [Fact]
    public void Hidden_elements_scripts_and_styles_are_not_read()
    {
        var html = """
            <html><head><title>Title 1</title><style>td { color: red }</style><script>var revenue = 999;</script></head><body>
            <div style="display: none"><span>Hidden 888</span></div>
            <div hidden>Hidden 777</div>
            <table><tr><td>Revenue</td><td style="DISPLAY:NONE">666</td><td>1,234</td></tr></table>
            </body></html>
            """;

        var (document, _) = Read(html);

        Assert.NotNull(document);
        Assert.Equal(["Revenue", "1,234"], Texts(document.Lines.Single()));
    }

    [Fact]
    public void A_layout_table_holding_tables_is_read_through_to_its_inner_rows()
    {
        var html = "<table><tr><td><p>Statement of income</p><table><tr><td>Revenue</td><td>100</td></tr></table></td></tr></table>";

        var (document, _) = Read(html);

        Assert.NotNull(document);
        Assert.Equal(["Statement of income", "Revenue 100"], document.Lines.Select(l => l.Text));
        Assert.Equal([false, true], document.Lines.Select(l => l.IsTableRow));
    }

    [Fact]
    public void Deep_nesting_is_refused_with_a_coded_error()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 5000)) + "Revenue 1" + string.Concat(Enumerable.Repeat("</div>", 5000));

        var (document, diagnostics) = Read(html);

        Assert.Null(document);
        Assert.Equal("XG0144", Assert.Single(diagnostics.Items).Code);
    }

    [Fact]
    public void Huge_colspans_and_too_many_cells_are_refused_with_a_coded_error()
    {
        var wide = "<table><tr>" + string.Concat(Enumerable.Repeat("<td colspan=\"999999\">1</td>", 5)) + "</tr></table>";
        var many = "<table>" + string.Concat(Enumerable.Repeat("<tr><td>a</td><td>1</td></tr>", 200)) + "</table>";

        var (byColumns, columnDiagnostics) = Read(wide);
        var (byCells, cellDiagnostics) = Read(many, ReadLimits.Default with { MaxCells = 100 });
        var (byElements, elementDiagnostics) = Read(many, ReadLimits.Default with { MaxElements = 100 });

        Assert.Null(byColumns);
        Assert.Contains("grid columns", Assert.Single(columnDiagnostics.Items, d => d.Code == "XG0143").Message, StringComparison.Ordinal);
        Assert.Null(byCells);
        Assert.Contains("table cells", Assert.Single(cellDiagnostics.Items, d => d.Code == "XG0143").Message, StringComparison.Ordinal);
        Assert.Null(byElements);
        Assert.Contains("elements", Assert.Single(elementDiagnostics.Items, d => d.Code == "XG0143").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_text_and_an_empty_file_get_coded_errors()
    {
        var (blank, blankDiagnostics) = Read("<html><body><div>  &nbsp; </div></body></html>");
        var (empty, emptyDiagnostics) = Read([]);
        var (large, largeDiagnostics) = Read("<p>Revenue</p>", ReadLimits.Default with { MaxInputBytes = 5 });

        Assert.Null(blank);
        Assert.Equal("XG0145", Assert.Single(blankDiagnostics.Items).Code);
        Assert.Null(empty);
        Assert.Equal("XG0101", Assert.Single(emptyDiagnostics.Items).Code);
        Assert.Null(large);
        Assert.Equal("XG0103", Assert.Single(largeDiagnostics.Items).Code);
    }

    [Fact]
    public void Latin1_exhibits_are_read_as_latin1()
    {
        var bytes = Encoding.Latin1.GetBytes("<table><tr><td>Caf\u00e9 revenue</td><td>1,234</td></tr></table>");

        var (document, _) = Read(bytes);

        Assert.NotNull(document);
        Assert.Equal(["Caf\u00e9 revenue", "1,234"], Texts(document.Lines.Single()));
    }
}
