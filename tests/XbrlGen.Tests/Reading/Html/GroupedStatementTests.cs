using System.Globalization;
using System.Text;
using XbrlGen.Diagnostics;
using XbrlGen.Model;
using XbrlGen.Reading;
using XbrlGen.Reading.Html;
using XbrlGen.Reading.Layout;
using XbrlGen.Reading.Text;
using XbrlGen.Tests.Diagnostics;

namespace XbrlGen.Tests.Reading.Html;

/// <summary>
/// The commonest US layout, written here small: a title after the company's name and before parenthetical lines,
/// column headings in groups side by side (<c>Three Months Ended | Six Months Ended</c>, each over two dated
/// columns), a 10-Q's table of contents and page footers, an exhibit in EDGAR's submission wrapper.
/// </summary>
public class GroupedStatementTests
{
    private static (Release Release, DiagnosticBag Bag) ReadHtml(string body)
    {
        var bag = new DiagnosticBag();
        var document = HtmlLayout.Read("release.htm", Encoding.UTF8.GetBytes("<html><body>" + body + "</body></html>"), ReadLimits.Default, bag);
        Assert.NotNull(document);
        return (ReleaseInterpreter.Read(document, null, bag), bag);
    }

    private static (Release Release, DiagnosticBag Bag) ReadText(string text)
    {
        var bag = new DiagnosticBag();
        var document = TextLayout.Read("release.txt", text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'));
        return (ReleaseInterpreter.Read(document, null, bag), bag);
    }

    private static string Row(params string[] cells) => "<tr>" + string.Concat(cells) + "</tr>";

    private static string Td(string text, int span = 1) => span == 1 ? $"<td>{text}</td>" : $"<td colspan=\"{span}\">{text}</td>";

    private static string[] Periods(ReleaseTable table) =>
        table.Columns.Select(c => c.Period!.IsDuration ? $"{Iso(c.Period.Start)}..{Iso(c.Period.End)}" : Iso(c.Period.End)).ToArray();

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static decimal[] Values(ReleaseTable table, string label) =>
        table.Rows.Single(r => r.Label == label).Values.OrderBy(v => v.Key).Select(v => v.Value.Value).ToArray();

    /// <summary>An 8-K exhibit's income statement: weeks in two groups of two columns, the title after the company's name.</summary>
    private const string WeeksIncome =
        "<p>THE ACME, INC.</p><p>CONSOLIDATED STATEMENTS OF INCOME</p><p>(Amounts in Thousands Except Per Share Amounts)</p><p>(Unaudited)</p>" +
        "<table>" +
        "<tr><td></td><td colspan=\"5\">Thirteen Weeks Ended</td><td></td><td colspan=\"5\">Thirty-Nine Weeks Ended</td></tr>" +
        "<tr><td></td><td colspan=\"2\">November 2, 2024</td><td></td><td colspan=\"2\">October 28, 2023</td><td></td><td colspan=\"2\">November 2, 2024</td><td></td><td colspan=\"2\">October 28, 2023</td></tr>" +
        "<tr><td>SALES, Net of returns and allowances</td><td>$</td><td>293,618</td><td></td><td>$</td><td>303,457</td><td></td><td>$</td><td>838,490</td><td></td><td>$</td><td>878,719</td></tr>" +
        "<tr><td>OPERATING EXPENSES:</td></tr>" +
        "<tr><td>Selling</td><td></td><td>71,986</td><td></td><td></td><td>70,242</td><td></td><td></td><td>206,454</td><td></td><td></td><td>205,081</td></tr>" +
        "<tr><td>General and administrative</td><td></td><td>13,602</td><td></td><td></td><td>12,908</td><td></td><td></td><td>41,709</td><td></td><td></td><td>39,247</td></tr>" +
        "<tr><td></td><td></td><td>85,588</td><td></td><td></td><td>83,150</td><td></td><td></td><td>248,163</td><td></td><td></td><td>244,328</td></tr>" +
        "<tr><td>NET INCOME</td><td>$</td><td>44,172</td><td></td><td>$</td><td>51,762</td><td></td><td>$</td><td>118,270</td><td></td><td>$</td><td>140,338</td></tr>" +
        "<tr><td>Basic</td><td>$</td><td>0.89</td><td></td><td>$</td><td>1.05</td><td></td><td>$</td><td>2.37</td><td></td><td>$</td><td>2.83</td></tr>" +
        "</table>";

    /// <summary>The same exhibit's balance sheet: the first column's word on the dates' row, a note's marker after a date, the note in the table's last row.</summary>
    private const string BalanceSheet =
        "<p>THE ACME, INC.</p><p>CONSOLIDATED BALANCE SHEETS</p><p>(Amounts in Thousands Except Share and Per Share Amounts)</p><p>(Unaudited)</p>" +
        "<table>" +
        "<tr><td>ASSETS</td><td colspan=\"2\">November 2, 2024</td><td></td><td colspan=\"2\">February 3, 2024 (1)</td><td></td><td colspan=\"2\">October 28, 2023</td></tr>" +
        "<tr><td>Cash and cash equivalents</td><td>$</td><td>301,958</td><td></td><td>$</td><td>268,213</td><td></td><td>$</td><td>311,657</td></tr>" +
        "<tr><td>Less accumulated depreciation</td><td></td><td>(365,241</td><td>)</td><td></td><td>(360,200</td><td>)</td><td></td><td>(359,367</td><td>)</td></tr>" +
        "<tr><td>Total assets</td><td>$</td><td>976,270</td><td></td><td>$</td><td>889,810</td><td></td><td>$</td><td>921,207</td></tr>" +
        "<tr><td colspan=\"9\">(1) Derived from audited financial statements.</td></tr>" +
        "</table>";

    [Fact]
    public void Groups_of_weeks_over_dated_columns_give_each_column_its_own_length()
    {
        var (release, bag) = ReadHtml(WeeksIncome);
        Assert.DoesNotContain(bag.Items, d => d.IsError);
        var table = Assert.Single(release.Tables);
        Assert.Equal(StatementKind.Income, table.Statement);
        Assert.Equal(3, table.Scale);
        Assert.Equal(["2024-08-04..2024-11-02", "2023-07-30..2023-10-28", "2024-02-04..2024-11-02", "2023-01-29..2023-10-28"], Periods(table));
        Assert.Equal([293_618m, 303_457m, 838_490m, 878_719m], Values(table, "SALES, Net of returns and allowances"));
        Assert.Equal([13_602m, 12_908m, 41_709m, 39_247m], Values(table, "General and administrative"));
        Assert.Equal([44_172m, 51_762m, 118_270m, 140_338m], Values(table, "NET INCOME"));
        Assert.Equal([0.89m, 1.05m, 2.37m, 2.83m], Values(table, "Basic"));

        // The subtotal printed without a label is no row of its own, nor part of the row above it.
        Assert.DoesNotContain(table.Rows, r => r.Values.Values.Any(v => v.Value == 85_588m));
    }

    [Fact]
    public void A_word_in_the_label_column_of_the_dates_row_and_a_note_marker_leave_the_dates_read()
    {
        var (release, bag) = ReadHtml(BalanceSheet);
        Assert.DoesNotContain(bag.Items, d => d.IsError);
        var table = Assert.Single(release.Tables);
        Assert.Equal(StatementKind.BalanceSheet, table.Statement);
        Assert.Equal(["2024-11-02", "2024-02-03", "2023-10-28"], Periods(table));
        Assert.Equal([301_958m, 268_213m, 311_657m], Values(table, "Cash and cash equivalents"));
        Assert.Equal([-365_241m, -360_200m, -359_367m], Values(table, "Less accumulated depreciation"));
        Assert.Equal([976_270m, 889_810m, 921_207m], Values(table, "Total assets"));
    }

    [Fact]
    public void An_exhibit_in_edgars_submission_wrapper_is_read_as_html()
    {
        var page = "<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<FILENAME>ex991.htm\n<DESCRIPTION>EX-99.1\n<TEXT>\n<html><body>" + WeeksIncome + BalanceSheet + "</body></html>\n</TEXT>\n</DOCUMENT>\n";
        var bytes = Encoding.UTF8.GetBytes(page);
        Assert.Equal(InputKind.Html, ReleaseInputs.KindOf(bytes));
        var bag = new DiagnosticBag();
        var release = ReleaseInterpreter.Read(HtmlLayout.Read("ex991.htm", bytes, ReadLimits.Default, bag)!, null, bag);
        Assert.Equal([StatementKind.Income, StatementKind.BalanceSheet], release.Tables.Select(t => t.Statement));
    }

    /// <summary>A 10-Q: a table of contents, then months in two groups over month-days and years on rows of their own.</summary>
    private static readonly string QuarterlyReport =
        "<p>TABLE OF CONTENTS</p><table>" +
        Row(Td(""), Td(""), Td("Page")) +
        Row(Td("Item 1."), Td("Financial Statements"), Td("1")) +
        Row(Td(""), Td("Condensed Consolidated Statements of Operations"), Td("1")) +
        Row(Td(""), Td("Condensed Consolidated Balance Sheets as of March 31, 2025 (Unaudited) and December 31, 2024"), Td("2")) +
        Row(Td("Item 2."), Td("Management’s Discussion and Analysis of Financial Condition and Results of Operations"), Td("12")) +
        "</table>" +
        "<p>Acme Inc.</p><p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)</p>" +
        "<p>(In millions, except number of shares, which are reflected in thousands, and per-share amounts)</p><table>" +
        Row(Td(""), Td("Three Months Ended", 5), Td(""), Td("Six Months Ended", 5)) +
        Row(Td(""), Td("March 31,", 5), Td(""), Td("March 31,", 5)) +
        Row(Td(""), Td("2025", 2), Td(""), Td("2024", 2), Td(""), Td("2025", 2), Td(""), Td("2024", 2)) +
        Row(Td("Net sales"), Td("$"), Td("95,359"), Td(""), Td("$"), Td("90,753"), Td(""), Td("$"), Td("219,659"), Td(""), Td("$"), Td("210,328")) +
        Row(Td("Net income"), Td("$"), Td("24,780"), Td(""), Td("$"), Td("23,636"), Td(""), Td("$"), Td("61,110"), Td(""), Td("$"), Td("57,552")) +
        Row(Td("Shares used in computing earnings per share:")) +
        Row(Td("Diluted"), Td(""), Td("15,056,133"), Td(""), Td(""), Td("15,464,709"), Td(""), Td(""), Td("15,103,499"), Td(""), Td(""), Td("15,520,675")) +
        "</table><p>See accompanying Notes to Condensed Consolidated Financial Statements.</p><p>Acme Inc. | Q1 2025 Form 10-Q | 1</p>" +
        "<p>Notes to Condensed Consolidated Financial Statements (Unaudited)</p><p>Note 1 – Summary of Significant Accounting Policies</p>";

    [Fact]
    public void Groups_of_months_over_month_days_and_years_are_read_and_the_contents_yield_no_figures()
    {
        var (release, bag) = ReadHtml(QuarterlyReport);
        Assert.DoesNotContain(bag.Items, d => d.IsError);
        var table = Assert.Single(release.Tables);
        Assert.Equal(StatementKind.Income, table.Statement);
        Assert.Equal(6, table.Scale);
        Assert.Equal(["2025-01-01..2025-03-31", "2024-01-01..2024-03-31", "2024-10-01..2025-03-31", "2023-10-01..2024-03-31"], Periods(table));
        Assert.Equal(["Net sales", "Net income", "Diluted"], table.Rows.Select(r => r.Label));
        Assert.Equal([24_780m, 23_636m, 61_110m, 57_552m], Values(table, "Net income"));

        // "number of shares, which are reflected in thousands": the counts are in thousands, the amounts in millions.
        var diluted = table.Rows.Single(r => r.Label == "Diluted");
        Assert.Equal(FigureUnit.Shares, diluted.Unit);
        Assert.Equal(3, diluted.FigureScale);
    }

    [Fact]
    public void Groups_of_months_printed_as_text_are_told_apart_by_their_columns()
    {
        var (release, bag) = ReadText(
            "ACME INC.\n" +
            "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n" +
            "(In thousands)\n" +
            "                         Three Months Ended          Nine Months Ended\n" +
            "                           September 30,               September 30,\n" +
            "                         2023          2022          2023          2022\n" +
            "Revenue                 1,055         2,436         9,841         8,171\n" +
            "Net loss                 (573)       (9,913)      (29,644)      (33,396)\n");
        Assert.DoesNotContain(bag.Items, d => d.IsError);
        var table = Assert.Single(release.Tables);
        Assert.Equal(["2023-07-01..2023-09-30", "2022-07-01..2022-09-30", "2023-01-01..2023-09-30", "2022-01-01..2022-09-30"], Periods(table));
        Assert.Equal([-573m, -9_913m, -29_644m, -33_396m], Values(table, "Net loss"));
    }

    [Fact]
    public void A_text_table_of_contents_is_no_statement()
    {
        var (release, _) = ReadText(
            "TABLE OF CONTENTS\n" +
            "Condensed Consolidated Balance Sheets ........................ 3\n" +
            "Condensed Consolidated Statements of Operations               4\n" +
            "Item 2. Management's Discussion and Analysis                 12\n");
        Assert.Empty(release.Tables);
    }

    [Fact]
    public void Columns_captioned_in_words_above_their_dates_are_read()
    {
        var (release, bag) = ReadHtml(
            "<p>CONDENSED CONSOLIDATED BALANCE SHEETS</p><p>(in thousands, except share data and par value amounts)</p><table>" +
            Row(Td(""), Td("Successor", 2), Td(""), Td("Predecessor", 2)) +
            Row(Td(""), Td("September 30,", 2), Td(""), Td("December 31,", 2)) +
            Row(Td(""), Td("2023", 2), Td(""), Td("2022", 2)) +
            Row(Td(""), Td("(Unaudited)", 2)) +
            Row(Td("Cash"), Td("$"), Td("16,177"), Td(""), Td("$"), Td("9,746")) +
            Row(Td("Total assets"), Td("$"), Td("17,619"), Td(""), Td("$"), Td("10,778")) +
            "</table>");
        Assert.DoesNotContain(bag.Items, d => d.IsError);
        var table = Assert.Single(release.Tables);
        Assert.Equal(["2023-09-30", "2022-12-31"], Periods(table));
        Assert.Equal([17_619m, 10_778m], Values(table, "Total assets"));
    }

    [Fact]
    public void Columns_printed_as_ranges_of_days_are_an_unreadable_heading_not_rows()
    {
        var (release, bag) = ReadHtml(
            "<p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</p><p>(in thousands)</p><table>" +
            Row(Td(""), Td("Three Months Ended", 3), Td(""), Td("Nine Months Ended", 3)) +
            Row(Td(""), Td("September 30,", 3), Td(""), Td("September 30,", 3)) +
            Row(Td(""), Td("2023", 2), Td("2022"), Td(""), Td("2023", 2), Td("2022")) +
            Row(Td(""), Td("Predecessor July 1 to July 21"), Td("Successor July 22 to September 30"), Td("Predecessor July 1 to September 30"), Td(""),
                Td("Predecessor January 1 to July 21"), Td("Successor July 22 to September 30"), Td("Predecessor January 1 to September 30")) +
            Row(Td("Research and development"), Td("1,573"), Td("6,383"), Td("7,477"), Td(""), Td("19,803"), Td("6,383"), Td("25,225")) +
            "</table>");
        Assert.Empty(release.Tables);
        var d = Assert.Single(bag.Items, d => d.IsFrom(Codes.StatementPeriodsUnreadable));
        Assert.Contains("Predecessor July 1 to July 21", d.Message, StringComparison.Ordinal);
        Assert.Equal("release.htm", d.Span.File);
    }
}
