using XbrlGen.Diagnostics;
using XbrlGen.Tests.Diagnostics;
using XbrlGen.Model;
using XbrlGen.Reading;
using XbrlGen.Reading.Layout;
using XbrlGen.Reading.Text;

namespace XbrlGen.Tests.Reading;

/// <summary>Statements of text written here: each period form, scale form and negative form the reader reads.</summary>
public class ReleaseInterpreterTests
{
    private static Release Read(string text, DiagnosticBag? bag = null, ReaderOptions? options = null) =>
        ReleaseInterpreter.Read(TextLayout.Read("r.txt", text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n')), options, bag ?? new DiagnosticBag());

    private static string Statement(string title, string heading, string rows) => $"ACME INC.\n{title}\n{heading}\n{rows}\n";

    [Theory]
    [InlineData("Three Months Ended July 31,\n                      2025        2024", "2025-05-01", "2025-07-31", "2024-05-01", "2024-07-31")]
    [InlineData("Thirteen Weeks Ended November 2, 2024    Thirteen Weeks Ended October 28, 2023", "2024-08-04", "2024-11-02", "2023-07-30", "2023-10-28")]
    [InlineData("Nine Months Ended September 30, 2024 and 2023", "2024-01-01", "2024-09-30", "2023-01-01", "2023-09-30")]
    [InlineData("For the Three Months    For the Three Months\nEnded March 31, 2025    Ended March 31, 2024", "2025-01-01", "2025-03-31", "2024-01-01", "2024-03-31")]
    [InlineData("Year Ended December 31,\n  2024    2023", "2024-01-01", "2024-12-31", "2023-01-01", "2023-12-31")]
    [InlineData("当第２四半期連結累計期間 (自 2022年４月１日 至 2022年９月30日)    前第２四半期連結累計期間 (自 2021年４月１日 至 2021年９月30日)", "2022-04-01", "2022-09-30", "2021-04-01", "2021-09-30")]
    public void Flow_periods_are_read_from_the_headings(string heading, string start0, string end0, string start1, string end1)
    {
        var bag = new DiagnosticBag();
        var release = Read(Statement("CONSOLIDATED STATEMENTS OF OPERATIONS", heading, "Revenue      1,234      1,100\nNet income   200        (150)"), bag);
        Assert.DoesNotContain(bag.Items, d => d.IsError);
        var table = Assert.Single(release.Tables);
        Assert.Equal(StatementKind.Income, table.Statement);
        Assert.Equal([start0, end0, start1, end1], table.Columns.SelectMany(c => new[] { Iso(c.Period!.Start), Iso(c.Period.End) }));
        Assert.Equal(-150m, table.Rows[1].Values[1].Value);
    }

    [Theory]
    [InlineData("As of June 30, 2025    As of December 31, 2024", "2025-06-30", "2024-12-31")]
    [InlineData("September 30,    December 31,\n    2024    2023", "2024-09-30", "2023-12-31")]
    [InlineData("December 31,2024 2023", "2024-12-31", "2023-12-31")]
    [InlineData("前連結会計年度 (2023年12月31日)    当第１四半期連結会計期間 (2024年３月31日)", "2023-12-31", "2024-03-31")]
    public void Balance_sheet_columns_are_instants(string heading, string first, string second)
    {
        var release = Read(Statement("CONDENSED CONSOLIDATED BALANCE SHEETS", heading, "Cash      1,234      1,100\nTotal assets   2,000    1,900"));
        var table = Assert.Single(release.Tables);
        Assert.Equal(StatementKind.BalanceSheet, table.Statement);
        Assert.All(table.Columns, c => Assert.False(c.Period!.IsDuration));
        Assert.Equal([first, second], table.Columns.Select(c => Iso(c.Period!.End)));
    }

    [Fact]
    public void Fiscal_labels_need_the_calendar_and_say_so_without_it()
    {
        var text = Statement("CONSOLIDATED STATEMENTS OF INCOME", "          1Q03      1Q02", "Revenue      1,234      1,100");
        var bag = new DiagnosticBag();
        Read(text, bag);
        Assert.Contains(bag.Items, d => d.IsFrom(Codes.FiscalLabelWithoutCalendar));
        var read = Read(text, new DiagnosticBag(), new ReaderOptions(new FiscalCalendar(3, 31, FiscalYearNaming.StartYear)));
        Assert.Equal(new DateOnly(2003, 6, 30), Assert.Single(read.Tables).Columns[0].Period!.End);
    }

    [Fact]
    public void An_unreadable_heading_is_quoted_with_the_forms_that_are_read()
    {
        var bag = new DiagnosticBag();
        Read(Statement("CONSOLIDATED STATEMENTS OF OPERATIONS", "Year Ended 2024 2023 2022", "Revenue      1,234      1,100"), bag);
        var d = Assert.Single(bag.Items, d => d.IsFrom(Codes.StatementPeriodsUnreadable));
        Assert.Contains("Year Ended", d.Message, StringComparison.Ordinal);
        Assert.Contains("Nine Months Ended September 30, 2024 and 2023", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(In millions, except per share amounts)", 6, 1, 0)]
    [InlineData("(in thousands)", 3, 1000, 3)]
    [InlineData("(Millions of yen)", 6, 1, 6)]
    [InlineData("(Thousands of U.S. dollars)", 3, 1, 3)]
    [InlineData("(単位：百万円)", 6, 1, 6)]
    [InlineData("(In thousands, except share and per share amounts)", 3, 1, 0)]
    public void Scale_comes_from_the_heading_and_per_share_lines_are_not_scaled(string scaleLine, int scale, int _, int shareScale)
    {
        var release = Read(Statement("CONSOLIDATED STATEMENTS OF OPERATIONS " + scaleLine, "Three Months Ended June 30,\n    2025    2024",
            "Net loss    (5,485)    1,000\nNet loss per share, basic    (0.12)    0.02\nWeighted average shares outstanding    12,000    11,000"));
        var table = Assert.Single(release.Tables);
        Assert.Equal(scale, table.Scale);
        var loss = table.Rows[0];
        Assert.Equal(-5485m * Pow(scale), LineItemFormat.FullValue(loss.Values[0], LineItemFormat.UnitAndScale(table, loss, table.Columns[0], loss.Values[0]).Scale));
        var eps = table.Rows[1];
        Assert.Equal(FigureUnit.PerShare, eps.Unit);
        Assert.Equal(-0.12m, LineItemFormat.FullValue(eps.Values[0], LineItemFormat.UnitAndScale(table, eps, table.Columns[0], eps.Values[0]).Scale));
        var shares = table.Rows[2];
        Assert.Equal(FigureUnit.Shares, shares.Unit);
        if (scaleLine.Contains("except share", StringComparison.Ordinal))
        {
            Assert.Equal(12000m, LineItemFormat.FullValue(shares.Values[0], LineItemFormat.UnitAndScale(table, shares, table.Columns[0], shares.Values[0]).Scale));
        }

        _ = shareScale;
    }

    [Theory]
    [InlineData("(1,234)", -1234)]
    [InlineData("△1,234", -1234)]
    [InlineData("▲1,234", -1234)]
    [InlineData("-1,234", -1234)]
    [InlineData("—", 0)]
    [InlineData("-", 0)]
    [InlineData("－", 0)]
    [InlineData("(1,234", -1234)]
    public void Negatives_and_dashes(string printed, int value)
    {
        var close = printed == "(1,234" ? "\n)" : string.Empty;
        var release = Read(Statement("CONSOLIDATED STATEMENTS OF CASH FLOWS", "Six Months Ended June 30,\n    2025    2024", $"Net cash used    {printed}{close}\n    500\nOther    1    2"));
        var row = Assert.Single(release.Tables).Rows[0];
        Assert.Equal(value, LineItemFormat.FullValue(row.Values[0], 0));
        Assert.Equal(500m, row.Values[1].Value);
    }

    [Fact]
    public void Notes_columns_footnote_markers_and_wrapped_labels_are_not_figures()
    {
        var release = Read(Statement("CONSOLIDATED STATEMENTS OF FINANCIAL POSITION", "                         Notes    As of March 31, 2025    As of March 31, 2024",
            "Trade receivables          4,26     1,234     1,100\nProperty, plant and equipment, net of\n  accumulated depreciation          5,000     4,900\nGoodwill (1)     300     300"));
        var table = Assert.Single(release.Tables);
        Assert.Equal(["Trade receivables", "Property, plant and equipment, net of accumulated depreciation", "Goodwill"], table.Rows.Select(r => r.Label));
        Assert.Equal(1234m, table.Rows[0].Values[0].Value);
        Assert.Equal(300m, table.Rows[2].Values[1].Value);
    }

    [Fact]
    public void English_alone_is_a_release()
    {
        var bag = new DiagnosticBag();
        Read(Statement("CONSOLIDATED BALANCE SHEETS", "June 30,    December 31,\n 2025   2024", "Cash   1   2"), bag);
        Assert.DoesNotContain(bag.Items, d => d.IsError);
    }

    [Theory]
    [InlineData("%PDF-1.7\n", InputKind.Pdf)]
    [InlineData("<!DOCTYPE html><html>", InputKind.Html)]
    [InlineData("\uFEFF<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", InputKind.Html)]
    [InlineData("<HTML><BODY>", InputKind.Html)]
    [InlineData("Consolidated Balance Sheets\n", InputKind.Text)]
    [InlineData("<p>not quite</p>", InputKind.Text)]
    public void Input_kind_is_told_by_content(string head, InputKind kind) =>
        Assert.Equal(kind, ReleaseInputs.KindOf(System.Text.Encoding.UTF8.GetBytes(head)));

    private static decimal Pow(int scale)
    {
        var v = 1m;
        for (var i = 0; i < scale; i++)
        {
            v *= 10m;
        }

        return v;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
