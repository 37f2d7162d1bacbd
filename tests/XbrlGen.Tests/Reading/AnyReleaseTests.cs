using System.Globalization;
using XbrlGen.Diagnostics;
using XbrlGen.Model;
using XbrlGen.Reading;
using XbrlGen.Reading.Text;
using XbrlGen.Tests.Diagnostics;

namespace XbrlGen.Tests.Reading;

/// <summary>Forms of other companies' releases, written here: sentence-case titles, 52/53-week periods, lengths over the title, dates in figures.</summary>
public class AnyReleaseTests
{
    private static Release Read(string text, DiagnosticBag? bag = null) =>
        ReleaseInterpreter.Read(TextLayout.Read("r.txt", text.Split('\n')), null, bag ?? new DiagnosticBag());

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Condensed consolidated income statement (unaudited)", StatementKind.Income)]
    [InlineData("a. Consolidated statement of financial position", StatementKind.BalanceSheet)]
    [InlineData("(1) Consolidated statement of profit or loss", StatementKind.Income)]
    [InlineData("Consolidated statements of cash flows", StatementKind.CashFlows)]
    public void A_sentence_case_title_on_its_own_line_is_a_title(string title, StatementKind kind)
    {
        var release = Read($"ACME\n{title}\n                 Year Ended December 31,\n                 2024      2023\nRevenue      1,234      1,100\nOther        5          6\n");
        Assert.Equal(kind, Assert.Single(release.Tables).Statement);
    }

    [Fact]
    public void A_sentence_that_names_a_statement_is_no_title()
    {
        var bag = new DiagnosticBag();
        Read("ACME\nRevenue is presented in the consolidated statement of income as follows.\nConsolidated statement of income.\nconsolidated statement of income\n   2024   2023\nRevenue   1   2\n", bag);
        Assert.Contains(bag.Items, d => d.IsFrom(Codes.LanguageMissing));
    }

    [Fact]
    public void Months_ending_off_a_month_end_are_whole_weeks()
    {
        var release = Read("ACME\nCONSOLIDATED STATEMENTS OF INCOME\n          Three Months Ended March 3, 2023    Three Months Ended March 4, 2022\nRevenue      1,234      1,100\n");
        Assert.Equal(["2022-12-03", "2021-12-04"], Assert.Single(release.Tables).Columns.Select(c => Iso(c.Period!.Start)));
    }

    [Fact]
    public void A_prior_year_end_one_week_earlier_makes_a_fourteen_week_quarter()
    {
        var release = Read("ACME\nCONSOLIDATED STATEMENTS OF INCOME\n          Three Months Ended April 1, 2023\nRevenue      1,234\n\n"
            + "CONSOLIDATED BALANCE SHEETS\n          April 1, 2023    December 24, 2022\nCash      10     20\n");
        Assert.Equal("2022-12-25", Iso(release.Tables[0].Columns[0].Period!.Start));
    }

    [Fact]
    public void A_length_printed_over_the_title_is_the_headings()
    {
        var bag = new DiagnosticBag();
        var release = Read("ACME\n                          Nine Months Ended\nSTATEMENT OF INCOME AND EXPENSE\n                          September 30,\n                          2024      2023\nNet interest income     1,234      1,100\n", bag);
        Assert.DoesNotContain(bag.Items, d => d.IsError);
        Assert.Equal(["2024-01-01", "2023-01-01"], Assert.Single(release.Tables).Columns.Select(c => Iso(c.Period!.Start)));
    }

    [Fact]
    public void A_banks_statement_of_condition_is_its_balance_sheet()
    {
        var release = Read("ACME BANCORPCONSOLIDATED STATEMENTS OF CONDITION(Dollars in Thousands)\n          September 30, 2025    December 31, 2024\nCash and due from banks      8,514     8,492\nTotal assets      20,000     19,000\n");
        Assert.Equal(StatementKind.BalanceSheet, Assert.Single(release.Tables).Statement);
    }

    /// <summary>A wire release copied a cell a line, as the corpus's text releases are: each cell, then a blank line.</summary>
    private static string CellPerLine(params string[] cells) => string.Join("\n\n", cells) + "\n";

    [Fact]
    public void Lengths_printed_before_their_dates_a_cell_a_line_are_paired_in_order()
    {
        var bag = new DiagnosticBag();
        var release = Read(CellPerLine("ACME LABS, INC.", " Condensed Consolidated Statements of Operations Information", " (amounts in thousands)",
            "Three Months Ended", "Nine Months Ended", "September 30,", "September 30,", "2024", "2023", "2024", "2023",
            " Revenue", "$ 2,789", "$ 1,000", "$ 3,090", "$ 2,000", "Research and development", "7,402", "6,948", "16,105", "14,487"), bag);
        Assert.DoesNotContain(bag.Items, d => d.IsError);
        var table = Assert.Single(release.Tables);
        Assert.Equal(["3 months to 2024-09-30", "3 months to 2023-09-30", "9 months to 2024-09-30", "9 months to 2023-09-30"], table.Columns.Select(c => c.Period!.ToString()));
    }

    [Fact]
    public void An_unlabeled_subtotal_a_cell_a_line_is_left_out_with_a_warning_not_the_table()
    {
        var bag = new DiagnosticBag();
        var release = Read(CellPerLine("ACME LABS, INC.", " Condensed Consolidated Statements of Operations", " (amounts in thousands)",
            "Three Months Ended September 30,", "2024", "2023", "Research and development", "7,402", "6,948", "General and administrative", "1,241", "1,652",
            " ", "8,643", "8,600", " Loss from operations", "(8,643)", "(8,600)"), bag);
        Assert.DoesNotContain(bag.Items, d => d.IsError);
        Assert.Contains(bag.Items, d => d.IsFrom(Codes.UnlabeledFigures) && d.Message.Contains("8,643 8,600", StringComparison.Ordinal));
        var rows = Assert.Single(release.Tables).Rows;
        Assert.Equal(["Research and development", "General and administrative", "Loss from operations"], rows.Select(r => r.Label));
        Assert.Equal(1241m, rows[1].Values[0].Value);
    }

    [Fact]
    public void An_income_statement_dated_by_a_month_end_alone_is_the_year_to_date_with_a_warning()
    {
        var bag = new DiagnosticBag();
        var release = Read("ACME\nSTATEMENT OF INCOME AND EXPENSE\n                          September 30,\n                          2024      2023\nNet interest income     1,234      1,100\n", bag);
        Assert.DoesNotContain(bag.Items, d => d.IsError);
        Assert.Contains(bag.Items, d => d.IsFrom(Codes.StatementPeriodsYearToDate) && d.Message.Contains("9 months from 2024-01-01", StringComparison.Ordinal));
        Assert.Equal(["2024-01-01", "2023-01-01"], Assert.Single(release.Tables).Columns.Select(c => Iso(c.Period!.Start)));
        Assert.Equal(9, release.DocumentPeriod!.Months);
    }

    [Fact]
    public void The_year_to_date_starts_at_the_mapping_fiscal_year()
    {
        var bag = new DiagnosticBag();
        var options = new ReaderOptions(new FiscalCalendar(3, 31, FiscalYearNaming.StartYear));
        var release = ReleaseInterpreter.Read(TextLayout.Read("r.txt", "ACME\nSTATEMENT OF INCOME\n                          September 30,\n                          2024      2023\nRevenue     1,234      1,100\n".Split('\n')), options, bag);
        Assert.Equal(["2024-04-01", "2023-04-01"], Assert.Single(release.Tables).Columns.Select(c => Iso(c.Period!.Start)));
        Assert.Contains(bag.Items, d => d.IsFrom(Codes.StatementPeriodsYearToDate) && d.Message.Contains("--03-31", StringComparison.Ordinal));
    }

    [Fact]
    public void An_income_statement_dated_off_a_month_end_without_a_length_is_a_clear_error()
    {
        var bag = new DiagnosticBag();
        Read("ACME\nSTATEMENT OF INCOME AND EXPENSE\n                          September 28,\n                          2024      2023\nNet interest income     1,234      1,100\n", bag);
        Assert.Contains(bag.Items, d => d.IsFrom(Codes.StatementPeriodsUnreadable) && d.Message.Contains("a length", StringComparison.Ordinal));
    }

    [Fact]
    public void A_release_of_balances_alone_reports_the_quarter_ending_on_its_latest_date()
    {
        var release = Read("ACME\nCONSOLIDATED BALANCE SHEETS\n          December 31, 2023    March 31, 2024\nCash      10     20\n");
        Assert.Equal(new ReportingPeriod(new DateOnly(2024, 3, 31), 3), release.DocumentPeriod);
    }

    [Fact]
    public void The_document_period_is_the_latest_flow_even_when_printed_after_the_prior_year()
    {
        var release = Read("ACME\nCONSOLIDATED STATEMENTS OF INCOME\n          Three Months Ended March 31,\n          2023      2024\nRevenue      1,234     1,300\n");
        Assert.Equal(new DateOnly(2024, 3, 31), release.DocumentPeriod!.End);
    }

    [Fact]
    public void A_grid_row_is_an_error_in_a_filed_table_and_leaves_another_table_out_with_a_warning()
    {
        const string text = "ACME\nCONSOLIDATED STATEMENTS OF INCOME\n          Three Months Ended March 31,\n          2024      2023\nRevenue      1,234     1,100\n\n"
            + "CONSOLIDATED STATEMENT OF CHANGES IN EQUITY\n          Three Months Ended March 31,\n          2024      2023\nBalance at beginning   1   2   3   4   5   6\nDividends   7   8\n";
        var document = TextLayout.Read("r.txt", text.Split('\n'));
        var strict = new DiagnosticBag();
        ReleaseInterpreter.Read(document, null, strict);
        Assert.Contains(strict.Items, d => d.IsFrom(Codes.RowValueCount) && d.Message.Contains("Balance at beginning", StringComparison.Ordinal));

        var lenient = new DiagnosticBag();
        var options = new ReaderOptions(new FiscalCalendar(12, 31, FiscalYearNaming.EndYear)) { Files = tables => tables.Where(t => t.Statement == StatementKind.Income) };
        var release = ReleaseInterpreter.Read(document, options, lenient);
        Assert.DoesNotContain(lenient.Items, d => d.IsError);
        var warning = Assert.Single(lenient.Items, d => d.IsFrom(Codes.TableRowsUnread));
        Assert.Contains("CHANGES IN EQUITY", warning.Message, StringComparison.Ordinal);
        Assert.Single(release.Tables.Single(t => t.Statement == StatementKind.Equity).UnreadRows);
    }

    [Fact]
    public void A_grid_none_of_whose_rows_fit_is_left_out_with_a_warning_unless_filed()
    {
        const string text = "ACME\nCONSOLIDATED STATEMENTS OF INCOME\n          Three Months Ended March 31,\n          2024      2023\nRevenue      1,234     1,100\n\n"
            + "CONSOLIDATED STATEMENT OF CHANGES IN EQUITY\n          Three Months Ended March 31,\n          2024      2023\nBalance at beginning   1   2   3   4   5   6\nDividends   7   8   9   10   11\n";
        var document = TextLayout.Read("r.txt", text.Split('\n'));
        var lenient = new DiagnosticBag();
        var options = new ReaderOptions(new FiscalCalendar(12, 31, FiscalYearNaming.EndYear)) { Files = tables => tables.Where(t => t.Statement == StatementKind.Income) };
        var release = ReleaseInterpreter.Read(document, options, lenient);
        Assert.DoesNotContain(lenient.Items, d => d.IsError);
        Assert.Contains("CHANGES IN EQUITY", Assert.Single(lenient.Items, d => d.IsFrom(Codes.TableRowsUnread)).Message, StringComparison.Ordinal);
        var grid = release.Tables.Single(t => t.Statement == StatementKind.Equity);
        Assert.Empty(grid.Rows);
        Assert.Equal(2, grid.UnreadRows.Count);

        var strict = new DiagnosticBag();
        ReleaseInterpreter.Read(document, options with { Files = tables => tables }, strict);
        Assert.Equal(2, strict.Items.Count(d => d.IsFrom(Codes.RowValueCount)));
    }

    [Fact]
    public void Dates_printed_day_first_with_a_month_abbreviation_are_read()
    {
        // As spreadsheets export them, a cell a line: "30-Sep", "31-Dec", then the years.
        var balances = Read("ACME\n\nCONSOLIDATED BALANCE SHEETS\n\n30-Sep\n\n31-Dec\n\n2024\n\n2023\n\nCash\n\n1,973\n\n4,595\n\nTotal assets\n\n2,973\n\n6,595\n");
        Assert.Equal(["2024-09-30", "2023-12-31"], Assert.Single(balances.Tables).Columns.Select(c => Iso(c.Period!.End)));

        var flows = Read("ACME\nCONSOLIDATED STATEMENTS OF OPERATIONS\n          Nine months ended     Three months ended\n          30-Sep-2024  30-Sep-2023  30-Sep-2024  30-Sep-2023\nRevenue      4,944     2,451     3,217     535\n");
        Assert.Equal(["2024-01-01..2024-09-30", "2023-01-01..2023-09-30", "2024-07-01..2024-09-30", "2023-07-01..2023-09-30"],
            Assert.Single(flows.Tables).Columns.Select(c => Iso(c.Period!.Start) + ".." + Iso(c.Period.End)));
    }

    [Theory]
    [InlineData("31/03/2025    31/12/2024", "2025-03-31", "2024-12-31")]
    [InlineData("03/31/2025    12/31/2024", "2025-03-31", "2024-12-31")]
    [InlineData("30.06.2025    31.12.2024", "2025-06-30", "2024-12-31")]
    public void Dates_in_figures_are_read_either_way(string heading, string first, string second)
    {
        var release = Read($"ACME\nConsolidated balance sheet\nNOKm          {heading}\nCash      1,234      1,100\n");
        Assert.Equal([first, second], Assert.Single(release.Tables).Columns.Select(c => Iso(c.Period!.End)));
    }

    [Fact]
    public void Fiscal_labels_without_a_mapping_take_the_calendar_the_balance_sheet_implies()
    {
        var release = Read("ACME\nCondensed income statement\nNOKm          Q1 2025    Q1 2024    2024\nRevenue      100.0      90.0      400.0\n\n"
            + "Condensed balance sheet\nNOKm          31/03/2025    31/12/2024\nCash      10.0     20.0\n");
        Assert.Equal(["2025-01-01..2025-03-31", "2024-01-01..2024-03-31", "2024-01-01..2024-12-31"],
            release.Tables[0].Columns.Select(c => Iso(c.Period!.Start) + ".." + Iso(c.Period.End)));
        Assert.Equal("NOK", release.Tables[0].Columns[0].Currency);
        Assert.Equal(6, release.Tables[0].Scale);
    }
}
